package io.swarmsim.engine.apps;

import io.swarmsim.engine.scenario.ClientKind;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.resolver.ClientProfile;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a workload's client gets the addresses of its next request, and for how long it keeps them
 * (reference dns-client-sorting.md): glibc asks the DNS every time; the JVM keeps getaddrinfo's
 * list 30 s whatever the TTL; a caching stub keeps the answer its TTL (600 s from Docker's DNS); a
 * resolve-once client and nginx (a name in proxy_pass, no {@code resolver}) resolve when they start
 * and never again; nginx round-robins over every address and skips one that failed for 10 s
 * (max_fails=1, fail_timeout=10s). Each lookup is real: DNS queries to 127.0.0.11, the embedded
 * DNS's shuffled answer, the profile's sort.
 */
final class AddressBook {
    /** nginx's fail_timeout default. */
    static final long NGINX_FAIL_TIMEOUT = 10_000_000_000L;

    /** What the client will try, in order, and where it had it from (for the reason of a failure). */
    interface Found {
        void accept(List<IpAddress> addresses, String source);
    }

    private final ClientKind kind;
    private List<IpAddress> kept;
    private long keptAt;
    private long keptUntil;
    private int next;
    private final Map<IpAddress, Long> failedUntil = new HashMap<>();

    AddressBook(ClientKind kind) {
        this.kind = kind;
    }

    void addresses(CommandEnv env, ClientProfile profile, String host, Found found) {
        long now = env.fabric().loop().now();
        boolean forever = kind == ClientKind.RESOLVE_ONCE || kind == ClientKind.NGINX;
        if (kept != null && (forever || kind == ClientKind.CACHING_STUB && now < keptUntil)) {
            String source = switch (kind) {
                case NGINX -> "nginx's upstream list, resolved once at start (t=" + WorkloadClient.seconds(keptAt) + " s)";
                case RESOLVE_ONCE -> "the address resolved once at start (t=" + WorkloadClient.seconds(keptAt) + " s)";
                default -> "the caching stub's copy of the answer, stored at t=" + WorkloadClient.seconds(keptAt) + " s for its TTL, until t="
                        + WorkloadClient.seconds(keptUntil) + " s";
            };
            env.decided("workload", TraceEvent.AppAction.CACHE_HIT, kept.get(0), 0, source + ": no DNS query");
            found.accept(kind == ClientKind.NGINX ? rotate(now) : kept, source);
            return;
        }
        NameLookup.resolve(env, profile, host, o -> {
            if (o.failure() != null) {
                found.accept(List.of(), "name lookup failed: " + o.failure());
                return;
            }
            long at = env.fabric().loop().now();
            // a JVM cache hit comes back without a TTL: no DNS answer was read
            String source = kind == ClientKind.JAVA_DEFAULT && o.ttlSeconds() == 0
                    ? "the JVM's 30 s InetAddress cache (the TTL ignored)" : "a DNS answer at t=" + WorkloadClient.seconds(at) + " s";
            if (kind != ClientKind.GLIBC && kind != ClientKind.JAVA_DEFAULT) {
                kept = List.copyOf(o.addresses());
                keptAt = at;
                keptUntil = at + o.ttlSeconds() * 1_000_000_000L;
                next = 0;
            }
            found.accept(kind == ClientKind.NGINX ? rotate(at) : o.addresses(), source);
        });
    }

    /** nginx's round robin: the next address that has not failed in the last 10 s first, then the others in turn. */
    private List<IpAddress> rotate(long now) {
        List<IpAddress> order = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            order.add(kept.get((next + i) % kept.size()));
        }
        next = (next + 1) % kept.size();
        List<IpAddress> healthy = new ArrayList<>(order.stream().filter(a -> failedUntil.getOrDefault(a, 0L) <= now).toList());
        order.stream().filter(a -> !healthy.contains(a)).forEach(healthy::add);
        return healthy;
    }

    /** An address the client could not reach: nginx skips it for 10 s. */
    void failed(IpAddress a, long now) {
        if (kind == ClientKind.NGINX) {
            failedUntil.put(a, now + NGINX_FAIL_TIMEOUT);
        }
    }
}
