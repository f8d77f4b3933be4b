package io.swarmsim.bench.hold;

import java.util.SplittableRandom;

/**
 * The spec's one random stream (hold-model.md, section 3): SplitMix64 seeded with {@code seed},
 * turned into exponential delays of mean 1 ms, whole nanoseconds, at least 1.
 * {@link SplittableRandom} is exactly SplitMix64: {@code nextDouble()} is
 * {@code (next64() >>> 11) * 2^-53}.
 */
final class DelayStream {
    private static final double MEAN_NS = 1.0e6;
    private final SplittableRandom rnd;

    DelayStream(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** The next delay in nanoseconds. */
    long next() {
        double u = 1.0 - rnd.nextDouble();
        return Math.max(1L, (long) (-MEAN_NS * Math.log(u)));
    }
}
