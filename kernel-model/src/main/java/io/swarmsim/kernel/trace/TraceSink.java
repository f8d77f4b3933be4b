package io.swarmsim.kernel.trace;

/** Receives data-plane decisions. {@link #NONE} drops them (for runs that keep counters only). */
public interface TraceSink {
    void step(TraceStep step);

    /** Whether anyone listens; callers skip building the text when not. */
    default boolean enabled() {
        return true;
    }

    TraceSink NONE = new TraceSink() {
        @Override
        public void step(TraceStep step) {
        }

        @Override
        public boolean enabled() {
            return false;
        }
    };
}
