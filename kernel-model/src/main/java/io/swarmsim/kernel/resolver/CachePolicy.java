package io.swarmsim.kernel.resolver;

/**
 * A process-level positive cache: {@code NONE} or a fixed lifetime that ignores the DNS TTL.
 *
 * @param lifetimeNanos 0 for no cache
 * @param scope who owns the cache, for reasons, e.g. {@code JVM InetAddress cache}
 */
public record CachePolicy(long lifetimeNanos, String scope) {
    public static final CachePolicy NONE = new CachePolicy(0, "no cache");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    public CachePolicy {
        if (lifetimeNanos < 0) {
            throw new IllegalArgumentException("negative cache lifetime");
        }
    }

    public static CachePolicy fixedSeconds(long seconds, String scope) {
        return new CachePolicy(seconds * NANOS_PER_SECOND, scope);
    }

    public boolean caches() {
        return lifetimeNanos > 0;
    }

    /** A new, empty cache for one process (or one handle) following this policy. */
    public PositiveCache newCache() {
        return new PositiveCache(this);
    }
}
