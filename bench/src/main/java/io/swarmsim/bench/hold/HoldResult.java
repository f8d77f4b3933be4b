package io.swarmsim.bench.hold;

/**
 * What one hold-model run measured and computed. {@code runNanos} is the spec's wall-clock
 * interval; {@code runCpuNanos} is the CPU time of the thread that ran the loop over the same
 * interval, which leaves out time the thread spent descheduled on a busy machine.
 */
record HoldResult(int pending, long events, long seed, long setupNanos, long runNanos, long runCpuNanos,
        long finalTimeNs, long checksum) {
    double eventsPerSecond() {
        return events / (runNanos / 1e9);
    }

    double cpuEventsPerSecond() {
        return events / (runCpuNanos / 1e9);
    }

    double nanosPerEvent() {
        return (double) runNanos / events;
    }

    String checksumHex() {
        return String.format(java.util.Locale.ROOT, "%016x", checksum);
    }
}
