package io.swarmsim.engine.pcap;

/**
 * Maps simulated time (nanoseconds from 0) to pcap timestamps: the run starts at
 * {@code epochSeconds} of wall-clock time (UNIX seconds), e.g. {@code 1469613600} for
 * 2016-07-27 10:00:00 UTC. A pcap timestamp is an unsigned 32-bit second count and a nanosecond
 * fraction.
 */
public record PcapClock(long epochSeconds) {
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long MAX_SECONDS = 0xffffffffL;

    public PcapClock {
        if (epochSeconds < 0 || epochSeconds > MAX_SECONDS) {
            throw new IllegalArgumentException("epoch must fit pcap's unsigned 32-bit seconds: " + epochSeconds);
        }
    }

    /** Wall-clock seconds (UNIX time) of the simulated instant. */
    public long seconds(long timeNanos) {
        requireNonNegative(timeNanos);
        long s = epochSeconds + timeNanos / NANOS_PER_SECOND;
        if (s > MAX_SECONDS) {
            throw new IllegalArgumentException("simulated time " + timeNanos + " ns is past pcap's year-2106 limit");
        }
        return s;
    }

    /** The nanoseconds within that second (0..999 999 999). */
    public int nanosOfSecond(long timeNanos) {
        requireNonNegative(timeNanos);
        return (int) (timeNanos % NANOS_PER_SECOND);
    }

    private static void requireNonNegative(long timeNanos) {
        if (timeNanos < 0) {
            throw new IllegalArgumentException("simulated time is never negative: " + timeNanos);
        }
    }
}
