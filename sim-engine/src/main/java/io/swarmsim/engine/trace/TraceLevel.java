package io.swarmsim.engine.trace;

import java.util.Locale;

/**
 * How much a run keeps, and which events a listener hears. For a run: {@code FULL} explains every
 * run (IPVS picks, the source the server saw), {@code SUMMARY} keeps each command's output and the
 * client's reasons, {@code NONE} keeps counters and distributions only, so million-request runs
 * allocate nothing per packet for traces. For a listener: {@code FULL} hears every event,
 * {@code SUMMARY} the decisions (no frames, hooks entered, route lookups or FDB hops), {@code NONE}
 * nothing.
 */
public enum TraceLevel {
    NONE, SUMMARY, FULL;

    /** Whether a listener at this level hears events of {@code kind}. */
    public boolean admits(io.swarmsim.kernel.trace.TraceEvent.Kind kind) {
        return this == FULL || this == SUMMARY && !kind.hop();
    }

    public static TraceLevel parse(String word) {
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--trace takes none, summary or full, not '" + word + "'");
        }
    }
}
