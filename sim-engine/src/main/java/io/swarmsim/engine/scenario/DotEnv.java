package io.swarmsim.engine.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code .env} file beside a stack file, read as Docker Compose reads it: {@code NAME=value}
 * lines, {@code #} comments, optional {@code export }, values in single or double quotes. Variables
 * of the environment win over the file's.
 */
final class DotEnv {
    private DotEnv() {
    }

    /** The variables for {@code file}: {@code .env} beside it (if any), overridden by {@code environment}. */
    static Map<String, String> variables(Path file, Map<String, String> environment) {
        Map<String, String> out = new LinkedHashMap<>();
        Path dir = file.toAbsolutePath().getParent();
        Path env = dir == null ? null : dir.resolve(".env");
        if (env != null && Files.isRegularFile(env)) {
            try {
                out.putAll(parse(Files.readString(env)));
            } catch (IOException | RuntimeException e) {
                // an unreadable .env is as good as none: the variables it would set stay unset
            }
        }
        out.putAll(environment);
        return out;
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String value = line.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            } else if (value.contains(" #")) {
                value = value.substring(0, value.indexOf(" #")).strip();
            }
            out.put(line.substring(0, eq).strip(), value);
        }
        return out;
    }
}
