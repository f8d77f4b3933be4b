package io.swarmsim.engine.loop;

/** Simulated time in nanoseconds. */
public interface Clock {
    long now();

    long NANOS_PER_MILLI = 1_000_000L;
    long NANOS_PER_SECOND = 1_000_000_000L;
}
