package io.swarmsim.engine.views;

/** What one {@code docker ...} invocation printed on stdout and stderr, and its exit status. */
public record CliResult(String stdout, String stderr, int exitStatus) {
    public static CliResult ok(String stdout) {
        return new CliResult(stdout, "", 0);
    }

    public static CliResult error(String stderr) {
        return new CliResult("", stderr.endsWith("\n") ? stderr : stderr + "\n", 1);
    }

    /** The text a terminal shows: stdout then stderr. */
    public String text() {
        return stdout + stderr;
    }
}
