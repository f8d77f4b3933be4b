package io.swarmsim.engine.scenario;

import java.nio.file.Path;

/** A place in a scenario file: 1-based line and column; prints as {@code file:line:column}. */
public record Location(Path file, int line, int column) implements Comparable<Location> {
    public Location {
        if (file == null) {
            throw new IllegalArgumentException("location without file");
        }
    }

    /** The first character of {@code file}. */
    public static Location start(Path file) {
        return new Location(file, 1, 1);
    }

    @Override
    public int compareTo(Location o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
