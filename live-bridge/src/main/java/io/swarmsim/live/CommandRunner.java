package io.swarmsim.live;

/**
 * Runs commands. The live run's only way to touch the machine, so tests can plan and check command
 * lists with a recording runner and nothing running at all.
 */
public interface CommandRunner {
    /** Runs {@code cmd} to its end and returns what it left; a non-zero exit is a result, not an exception. */
    CmdResult run(Cmd cmd);

    /** Runs {@code cmd} and insists it succeed. @throws StepFailedException with the command and its stderr */
    default CmdResult check(Cmd cmd) {
        CmdResult r = run(cmd);
        if (!r.ok()) {
            throw new StepFailedException(r);
        }
        return r;
    }
}
