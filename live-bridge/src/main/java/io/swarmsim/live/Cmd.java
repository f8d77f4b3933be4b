package io.swarmsim.live;

import java.util.List;

/**
 * One program run: an argument list (never a shell line, so no name or address can be read as
 * shell syntax) and, for {@code iptables-restore}, the text to give it on standard input.
 */
public record Cmd(List<String> argv, String stdin) {
    public Cmd {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs a program");
        }
    }

    public static Cmd of(String... argv) {
        return new Cmd(List.of(argv), null);
    }

    public static Cmd of(List<String> argv) {
        return new Cmd(argv, null);
    }

    /** The same command fed {@code text} on standard input. */
    public Cmd withStdin(String text) {
        return new Cmd(argv, text);
    }

    /** The command as a person would type it (for messages only; it is never run through a shell). */
    @Override
    public String toString() {
        return String.join(" ", argv) + (stdin == null ? "" : " < (" + stdin.lines().count() + " lines)");
    }
}
