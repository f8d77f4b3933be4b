package io.swarmsim.engine.apps;

import io.swarmsim.kernel.dns.HostsFile;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.resolver.Answer;
import io.swarmsim.kernel.resolver.ClientProfile;
import io.swarmsim.kernel.resolver.Resolution;
import io.swarmsim.kernel.resolver.PositiveCache;
import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the name a command was given into the ordered addresses the application uses: a literal
 * address as is, otherwise DNS queries through the stub resolver, then the profile's ordering.
 */
final class NameLookup {
    /**
     * The ordered addresses, or a failure text when nothing came back; why is told to the trace
     * (a resolver sort, an application decision).
     */
    record Outcome(List<IpAddress> addresses, String failure, long ttlSeconds) {
        Outcome(List<IpAddress> addresses, String failure) {
            this(addresses, failure, 0);
        }
    }

    private NameLookup() {
    }

    /**
     * The lines a learner needs: what DNS answered, the rule that decided the order (or why none
     * did), any regrouping or cache, and the address used first.
     */
    static List<String> decisive(Answer answer, Resolution res) {
        List<String> out = new java.util.ArrayList<>();
        out.add("DNS answered " + answer.a() + (answer.aaaa().isEmpty() ? "" : " and AAAA " + answer.aaaa()));
        for (String r : res.reasons()) {
            if (r.contains("rule") && !r.contains("RFC 3484 rules") && !r.contains("RFC 6724 rules") || r.contains("not sorted")
                    || r.contains("inert") || r.contains("first") && r.contains("IPv4") || r.contains("cache:")) {
                out.add(r);
            }
        }
        res.first().ifPresent(a -> out.add("uses the first address, " + a));
        return out;
    }

    /**
     * {@code host} when it is an address or a name a resolver can ask for (labels of 1 to 63 ASCII
     * octets, 255 in all: RFC 1035 2.3.4); otherwise an {@link IllegalArgumentException}, so that a
     * scenario naming such a host is refused when it is read, not mid-run.
     */
    static String checkedHost(String host) {
        if (IpAddress.isValid(host)) {
            return host;
        }
        try {
            io.swarmsim.kernel.dns.DnsNames.labels(host);
            return host;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("host '" + host + "' is not a valid name (" + e.getMessage()
                    + "); expected an address or a name of labels of 1 to 63 ASCII characters, 255 octets in all");
        }
    }

    /** Why a name does not resolve in a node's own namespace. */
    static final String NODE_RESOLVER = "a node's own namespace (or a sandbox entered with nsenter, which keeps the node's files) asks"
            + " the machine's resolver (the node's /etc/resolv.conf), not Docker's embedded DNS, which answers only in containers on"
            + " user-defined networks; no DNS server in the simulated network answers the node, so no name resolves there";

    static void resolve(CommandEnv env, ClientProfile profile, String host, Consumer<Outcome> done) {
        if (IpAddress.isValid(host)) {
            IpAddress a = IpAddress.parse(host);
            env.decided(profile.name(), TraceEvent.AppAction.LOOKUP, a, 0, host + " is an address: no DNS lookup");
            done.accept(new Outcome(List.of(a), null));
            return;
        }
        List<IpAddress> inFile = env.names().map(ContainerNames::hosts).orElse(HostsFile.NODE).lookupV4(host);
        if (!inFile.isEmpty()) {
            // the C library (and Go, and the JVM through it) read /etc/hosts before asking the DNS ("files dns")
            env.decided(profile.name(), TraceEvent.AppAction.LOOKUP, inFile.get(0), 0, host + " is in /etc/hosts (" + inFile.get(0)
                    + (env.names().isPresent() ? ", from the service's extra_hosts or Docker's own lines" : ", the node's") + "): no DNS query");
            done.accept(new Outcome(inFile, null));
            return;
        }
        if (env.names().isEmpty()) {
            // a node's own namespace (a host, a task on the host network) or a sandbox: no embedded DNS there
            env.decided(profile.name(), TraceEvent.AppAction.LOOKUP, null, 0, "no DNS query: " + host + " is asked outside a container (no embedded DNS here)");
            done.accept(new Outcome(List.of(), NODE_RESOLVER));
            return;
        }
        PositiveCache cache = profile.cache().caches() && profile.name().equals("java-default") ? env.jvmCache() : null;
        long now = env.fabric().loop().now();
        if (cache != null) {
            Optional<Resolution> hit = cache.lookup(host, now);
            if (hit.isPresent()) {
                List<String> why = new java.util.ArrayList<>(hit.get().reasons());
                why.add(0, "JVM InetAddress cache hit: no DNS query");
                env.decided(profile.name(), TraceEvent.AppAction.CACHE_HIT, hit.get().first().orElse(null), 0, String.join("; ", why));
                done.accept(new Outcome(hit.get().addresses(), null));
                return;
            }
        }
        List<String> search = host.endsWith(".") ? List.of() : env.names().map(n -> n.search()).orElse(List.of());
        query(env, profile, host, host, search, null, cache, done);
    }

    /**
     * Asks the DNS for {@code name}; when nothing comes back, the next name of resolv.conf's search
     * list ({@code options ndots:0}: the name as given first, then with each domain appended, as
     * res_nsearch tries them); the first failure is the one reported.
     */
    private static void query(CommandEnv env, ClientProfile profile, String host, String name, List<String> search, String firstFailure,
                              PositiveCache cache, Consumer<Outcome> done) {
        new StubResolver(env.fabric(), env.ns(), env.ids(), env.random(), name, profile.queries(), r -> {
            if (r.answer().isEmpty()) {
                String failure = firstFailure == null ? r.failure() : firstFailure;
                if (!search.isEmpty()) {
                    String next = host + "." + search.get(0);
                    env.decided(profile.name(), TraceEvent.AppAction.LOOKUP, null, 0, "no address for " + name
                            + "; resolv.conf's search list: tries " + next);
                    query(env, profile, host, next, search.subList(1, search.size()), failure, cache, done);
                    return;
                }
                done.accept(new Outcome(List.of(), failure));
                return;
            }
            Answer answer = r.answer().get();
            Resolution res = profile.order(answer, new NamespaceClientHost(env.ns()));
            if (env.trace().wants(TraceEvent.Kind.RESOLVER_SORT)) {
                env.trace().event(new TraceEvent.ResolverSort(env.fabric().loop().now(), PacketIds.application(env.ids().request()),
                        Place.of(env.ns().name()), res.profile(), res.input(), res.addresses(), res.pairs(), String.join("; ", decisive(answer, res))));
            }
            List<String> why = decisive(answer, res);
            if (cache != null) {
                String kept = cache.store(host, new Resolution(res.addresses(), why, true), env.fabric().loop().now(), answer.ttlSeconds());
                why.add(kept);
                env.decided(profile.name(), TraceEvent.AppAction.CACHED, null, 0, kept);
            }
            done.accept(new Outcome(res.addresses(), null, answer.ttlSeconds()));
        }).start();
    }
}
