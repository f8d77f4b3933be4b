package io.swarmsim.kernel.resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One process's resolver: a profile plus that process's own cache. Mutable through the cache only;
 * create one per simulated process (or per curl handle).
 */
public final class ProcessResolver {
    private final ClientProfile profile;
    private final PositiveCache cache;

    public ProcessResolver(ClientProfile profile) {
        this.profile = profile;
        this.cache = profile.newCache();
    }

    public ClientProfile profile() {
        return profile;
    }

    /** Serves from the cache if valid at {@code nowNanos}, else queries {@code dns}, orders, and caches. */
    public Resolution lookup(String name, long nowNanos, DnsServer dns, ClientHost host) {
        Optional<Resolution> hit = cache.lookup(name, nowNanos);
        if (hit.isPresent()) {
            return hit.get();
        }
        Answer answer = dns.query(name, profile.queries());
        Resolution fresh = profile.order(answer, host);
        List<String> reasons = new ArrayList<>(fresh.reasons());
        reasons.add(cache.store(name, fresh, nowNanos, answer.ttlSeconds()));
        return fresh.withReasons(reasons);
    }
}
