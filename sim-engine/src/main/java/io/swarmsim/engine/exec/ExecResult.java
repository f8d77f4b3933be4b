package io.swarmsim.engine.exec;

/** What a command printed on stdout and stderr, and its exit status. */
public record ExecResult(String out, String err, int status) {
    public static ExecResult ok(String out) {
        return new ExecResult(out, "", 0);
    }

    public static ExecResult fail(String err, int status) {
        return new ExecResult("", err.endsWith("\n") ? err : err + "\n", status);
    }
}
