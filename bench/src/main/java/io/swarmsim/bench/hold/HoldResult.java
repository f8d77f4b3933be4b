package io.swarmsim.bench.hold;

/** What one hold-model run measured and computed. */
record HoldResult(int pending, long events, long seed, long setupNanos, long runNanos, long finalTimeNs, long checksum) {
    double eventsPerSecond() {
        return events / (runNanos / 1e9);
    }

    double nanosPerEvent() {
        return (double) runNanos / events;
    }

    String checksumHex() {
        return String.format("%016x", checksum);
    }
}
