package io.swarmsim.live;

/** What a finished command left: its exit status and both streams. */
public record CmdResult(Cmd cmd, int exit, String out, String err) {
    public boolean ok() {
        return exit == 0;
    }

    /** One line saying which command failed and why, for the user. */
    public String failure() {
        String why = err.isBlank() ? out.strip() : err.strip();
        return "command failed (exit " + exit + "): " + cmd + (why.isEmpty() ? "" : ": " + why.replace('\n', ' '));
    }
}
