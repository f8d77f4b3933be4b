package io.swarmsim.engine.trace;

import io.swarmsim.kernel.trace.TraceEvent;

/** Hears a simulation's events as they happen, in order. Listeners must not change the model. */
@FunctionalInterface
public interface TraceListener {
    void onEvent(TraceEvent event);
}
