package io.swarmsim.live;

/**
 * Hears every step of a live run before it runs: the command line prints them, a test can throw
 * from here to stop a run at a chosen step (as a failed command or Ctrl-C would) and check that the
 * teardown still leaves nothing.
 */
@FunctionalInterface
public interface Progress {
    void on(StepEvent step);

    /** Hears nothing. */
    static Progress none() {
        return s -> { };
    }
}
