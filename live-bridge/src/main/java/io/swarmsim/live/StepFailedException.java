package io.swarmsim.live;

/** A command of the run exited non-zero: the message names the command and quotes its stderr. */
public final class StepFailedException extends LiveException {
    private static final long serialVersionUID = 1L;
    private final transient CmdResult result;

    public StepFailedException(CmdResult result) {
        super(result.failure());
        this.result = result;
    }

    public CmdResult result() {
        return result;
    }
}
