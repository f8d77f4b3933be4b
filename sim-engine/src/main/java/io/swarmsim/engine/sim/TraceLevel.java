package io.swarmsim.engine.sim;

import java.util.Locale;

/**
 * How much a run keeps: {@code FULL} explains every run (IPVS picks, the source the server saw),
 * {@code SUMMARY} keeps each command's output and the client's reasons, {@code NONE} keeps
 * counters and distributions only, so million-request runs allocate nothing per packet for traces.
 */
public enum TraceLevel {
    NONE, SUMMARY, FULL;

    public static TraceLevel parse(String word) {
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--trace takes none, summary or full, not '" + word + "'");
        }
    }
}
