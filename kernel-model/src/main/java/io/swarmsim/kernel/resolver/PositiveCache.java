package io.swarmsim.kernel.resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One process's positive lookup cache (mutable, not thread-safe; one per simulated process). An
 * entry stored at {@code t} is served while {@code now < t + lifetime}; the list is frozen, the
 * DNS TTL is ignored. Time comes in as nanoseconds from the simulation clock.
 */
public final class PositiveCache {
    private record Entry(Resolution resolution, long storedAtNanos) {
    }

    private final CachePolicy policy;
    private final Map<String, Entry> entries = new HashMap<>();

    PositiveCache(CachePolicy policy) {
        this.policy = policy;
    }

    public CachePolicy policy() {
        return policy;
    }

    /** A hit, with its reasons extended by a cache-hit line, or empty on a miss or expiry. */
    public Optional<Resolution> lookup(String name, long nowNanos) {
        Entry e = entries.get(name);
        if (e == null || !policy.caches() || nowNanos - e.storedAtNanos() >= policy.lifetimeNanos()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>(e.resolution().reasons());
        reasons.add(policy.scope() + " hit at t=" + seconds(nowNanos) + " s: stored at t="
            + seconds(e.storedAtNanos()) + " s, kept until t=" + seconds(e.storedAtNanos() + policy.lifetimeNanos())
            + " s whatever the DNS TTL; same order " + e.resolution().addresses());
        return Optional.of(e.resolution().asCacheHit(reasons));
    }

    /** Stores a fresh resolution; returns the reason line for doing so (or not). */
    public String store(String name, Resolution fresh, long nowNanos, long dnsTtlSeconds) {
        if (!policy.caches()) {
            return "no process cache: the next lookup queries DNS again";
        }
        entries.put(name, new Entry(fresh, nowNanos));
        return policy.scope() + ": stored at t=" + seconds(nowNanos) + " s for "
            + seconds(policy.lifetimeNanos()) + " s (DNS TTL " + dnsTtlSeconds + " s ignored)";
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
