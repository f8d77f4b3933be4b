package io.swarmsim.gui.bench;

import java.util.Arrays;
import java.util.Locale;

/** Median and 95th percentile of a sample of durations in nanoseconds, printed in milliseconds. */
final class Stats {
    private final long[] sorted;

    Stats(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    double medianMs() {
        return sorted[sorted.length / 2] / 1e6;
    }

    double p95Ms() {
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %.2f ms, p95 %.2f ms (n=%d)", medianMs(), p95Ms(), sorted.length);
    }
}
