package io.swarmsim.kernel.trace;

/**
 * Receives the data plane's typed events. Emitters ask {@link #wants(TraceEvent.Kind)} first and
 * build an event only when someone listens, so runs that keep counters only allocate nothing per
 * packet for tracing. {@link #NONE} listens to nothing.
 */
public interface TraceSink {
    void event(TraceEvent event);

    /** Whether anyone listens to events of this kind. */
    default boolean wants(TraceEvent.Kind kind) {
        return true;
    }

    TraceSink NONE = new TraceSink() {
        @Override
        public void event(TraceEvent event) {
        }

        @Override
        public boolean wants(TraceEvent.Kind kind) {
            return false;
        }
    };
}
