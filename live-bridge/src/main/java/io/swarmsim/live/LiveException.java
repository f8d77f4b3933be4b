package io.swarmsim.live;

/**
 * A live run that cannot go on, with a message meant to be printed as is, on one line when it can.
 * {@link #usage()} separates what the user must change (a bad name in the scenario: exit 2) from
 * what went wrong on the machine (a missing tool, a failed command: exit 1), so the command line
 * can choose its exit status without parsing messages.
 */
public class LiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean usage;

    public LiveException(String message) {
        this(message, false);
    }

    public LiveException(String message, boolean usage) {
        super(message);
        this.usage = usage;
    }

    /** True when the scenario or the command line is at fault (exit 2), false for the machine (exit 1). */
    public boolean usage() {
        return usage;
    }
}
