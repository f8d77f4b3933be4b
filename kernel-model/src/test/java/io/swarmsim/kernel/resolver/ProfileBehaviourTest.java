package io.swarmsim.kernel.resolver;

import static io.swarmsim.kernel.resolver.GoldenCasesTest.assertReason;
import static io.swarmsim.kernel.resolver.GoldenCasesTest.ips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** G8 (Java cache), G10 (connect failure), G11 (legacy ping), query types and the registry. */
class ProfileBehaviourTest {
    private static final ClientProfiles PROFILES = ClientProfiles.standard();
    private static final long SECOND = 1_000_000_000L;
    private static final IpAddress DOT3 = IpAddress.parse("10.0.0.3");
    private static final IpAddress DOT4 = IpAddress.parse("10.0.0.4");

    /** A DNS server that alternates [.3, .4], [.4, .3], ... per query and records each query. */
    private static final class RotatingDns implements DnsServer {
        final List<Set<RecordType>> queries = new ArrayList<>();

        @Override
        public Answer query(String name, Set<RecordType> types) {
            queries.add(types);
            return queries.size() % 2 == 1 ? Answer.ofA("10.0.0.3", "10.0.0.4") : Answer.ofA("10.0.0.4", "10.0.0.3");
        }
    }

    @Test
    void registryKnowsTheProfilesAndRefusesUnknownNames() {
        assertEquals(List.of("busybox", "curl", "dig", "glibc-current", "glibc-old", "go-pure", "java-default", "musl",
            "ping-legacy", "ping-modern"), PROFILES.names());
        assertEquals("glibc-current", PROFILES.get("curl").basedOn());
        assertEquals("musl", PROFILES.get("busybox").basedOn());
        assertTrue(PROFILES.byName("nginx").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PROFILES.get("nginx"));
        for (String s : Sorters.NAMES) {
            assertEquals(s, Sorters.byName(s).orElseThrow().name());
        }
    }

    @Test
    void queryTypesPerProfile() {
        for (String n : List.of("glibc-current", "glibc-old", "musl", "go-pure", "java-default", "curl", "ping-modern",
            "busybox")) {
            assertEquals(Set.of(RecordType.A, RecordType.AAAA), PROFILES.get(n).queries(), n);
            assertTrue(PROFILES.get(n).sendsAaaa(), n);
        }
        for (String n : List.of("ping-legacy", "dig")) {
            assertEquals(Set.of(RecordType.A), PROFILES.get(n).queries(), n);
        }
    }

    @Test
    void g8JavaCacheFreezesTheOrderFor30SecondsWhileDnsRotates() {
        StaticClientHost host = Hosts.docker(false);
        RotatingDns dns = new RotatingDns();
        ProcessResolver jvm = new ProcessResolver(PROFILES.get("java-default"));

        Resolution t0 = jvm.lookup("vote", 0, dns, host);
        assertEquals(ips("10.0.0.3", "10.0.0.4"), t0.addresses(), t0.explain());
        assertFalse(t0.fromCache());
        assertReason("JVM InetAddress cache: stored at t=0.000 s for 30.000 s (DNS TTL 600 s ignored)", t0.reasons());
        for (long t : new long[] {1, 2, 29}) {
            Resolution hit = jvm.lookup("vote", t * SECOND, dns, host);
            assertTrue(hit.fromCache());
            assertEquals(ips("10.0.0.3", "10.0.0.4"), hit.addresses());
            assertReason("JVM InetAddress cache hit", hit.reasons());
        }
        assertEquals(1, dns.queries.size());
        Resolution t30 = jvm.lookup("vote", 30 * SECOND, dns, host);
        assertFalse(t30.fromCache());
        assertEquals(ips("10.0.0.4", "10.0.0.3"), t30.addresses(), t30.explain());
        assertEquals(2, dns.queries.size());
    }

    @Test
    void g8GlibcHasNoCacheSoEveryLookupQueriesAndAlternatesWhenRule9IsInert() {
        StaticClientHost host = Hosts.docker(false);
        RotatingDns dns = new RotatingDns();
        ProcessResolver proc = new ProcessResolver(PROFILES.get("glibc-current"));
        assertEquals(DOT3, proc.lookup("vote", 0, dns, host).first().orElseThrow());
        assertEquals(DOT4, proc.lookup("vote", SECOND, dns, host).first().orElseThrow());
        assertEquals(DOT3, proc.lookup("vote", 2 * SECOND, dns, host).first().orElseThrow());
        assertEquals(3, dns.queries.size());
        assertEquals(Set.of(RecordType.A, RecordType.AAAA), dns.queries.get(0));
    }

    @Test
    void g10FirstAddressRefuses() {
        List<IpAddress> sorted = PROFILES.get("glibc-current").order(Answer.ofA("10.0.0.4", "10.0.0.3"),
            Hosts.docker(true)).addresses();
        assertEquals(List.of(DOT3, DOT4), sorted);
        Map<IpAddress, ConnectOutcome> world = Map.of(DOT3, ConnectOutcome.REFUSED, DOT4, ConnectOutcome.CONNECTED);

        ConnectResult curl = PROFILES.get("curl").connect(sorted, world::get);
        assertEquals(Optional.of(DOT4), curl.endedOn(), curl.explain());
        assertReason("curl: 10.0.0.3 refused (RST), trying the next address 10.0.0.4", curl.steps());
        assertReason("curl: 10.0.0.4 connected", curl.steps());

        assertEquals(Optional.of(DOT4), PROFILES.get("go-pure").connect(sorted, world::get).endedOn());

        ConnectResult busybox = PROFILES.get("busybox").connect(sorted, world::get);
        assertFalse(busybox.succeeded());
        assertReason("busybox: 10.0.0.3 refused (RST); no fallback to later addresses, so it fails", busybox.steps());

        ConnectResult java = PROFILES.get("java-default").connect(sorted, world::get);
        assertFalse(java.succeeded(), java.explain());

        ConnectResult ping = PROFILES.get("ping-modern").connect(sorted, world::get);
        assertEquals(Optional.of(DOT3), ping.endedOn(), ping.explain());
        assertReason("only EHOSTUNREACH/ENETUNREACH make it move on; it stays on 10.0.0.3", ping.steps());
    }

    @Test
    void connectPoliciesOnUnreachableAndTotalFailure() {
        List<IpAddress> sorted = List.of(DOT3, DOT4);
        ConnectResult ping = ConnectFallback.run("ping", ConnectPolicy.NEXT_ON_UNREACHABLE_ONLY, sorted,
            a -> a.equals(DOT3) ? ConnectOutcome.UNREACHABLE : ConnectOutcome.TIMEOUT);
        assertEquals(Optional.of(DOT4), ping.endedOn(), ping.explain());
        ConnectResult allUnreachable = ConnectFallback.run("ping", ConnectPolicy.NEXT_ON_UNREACHABLE_ONLY, sorted,
            a -> ConnectOutcome.UNREACHABLE);
        assertFalse(allUnreachable.succeeded());
        ConnectResult curl = ConnectFallback.run("curl", ConnectPolicy.SEQUENTIAL_ON_REFUSED, sorted,
            a -> a.equals(DOT3) ? ConnectOutcome.TIMEOUT : ConnectOutcome.REFUSED);
        assertFalse(curl.succeeded());
        assertReason("after the per-try timeout", curl.steps());
        assertReason("all 2 addresses failed", curl.steps());
        assertEquals(Optional.of(DOT3),
            ConnectFallback.run("x", ConnectPolicy.NONE, sorted, a -> ConnectOutcome.CONNECTED).endedOn());
        assertFalse(ConnectFallback.run("x", ConnectPolicy.NONE, List.of(), a -> ConnectOutcome.CONNECTED).succeeded());
    }

    @Test
    void g11LegacyPingFollowsDnsOrderWhileModernPingSticksToDot3() {
        StaticClientHost host = Hosts.docker(true);
        ClientProfile legacy = PROFILES.get("ping-legacy");
        ClientProfile modern = PROFILES.get("ping-modern");
        Resolution l43 = legacy.order(Answer.ofA("10.0.0.4", "10.0.0.3"), host);
        assertEquals(DOT4, l43.first().orElseThrow(), l43.explain());
        assertReason("gethostbyname (iputils <= s20151218): not sorted; DNS order kept", l43.reasons());
        assertReason("sends an A query only", l43.reasons());
        assertEquals(DOT3, legacy.order(Answer.ofA("10.0.0.3", "10.0.0.4"), host).first().orElseThrow());
        assertEquals(DOT3, modern.order(Answer.ofA("10.0.0.4", "10.0.0.3"), host).first().orElseThrow());
        assertEquals(DOT3, modern.order(Answer.ofA("10.0.0.3", "10.0.0.4"), host).first().orElseThrow());
        ClientProfile busybox = PROFILES.get("busybox");
        assertEquals(DOT4, busybox.order(Answer.ofA("10.0.0.4", "10.0.0.3"), host).first().orElseThrow());
        assertEquals(DOT3, busybox.order(Answer.ofA("10.0.0.3", "10.0.0.4"), host).first().orElseThrow());
    }

    @Test
    void digPrintsTheAnswerAsReceivedAndIgnoresAaaa() {
        Answer in = Answer.of(ips("10.0.0.4", "10.0.0.3"), ips("fd00::4"));
        Resolution dig = PROFILES.get("dig").order(in, Hosts.docker(true));
        assertEquals(ips("10.0.0.4", "10.0.0.3"), dig.addresses(), dig.explain());
        assertReason("dig: not sorted; DNS order kept", dig.reasons());
    }

    @Test
    void goUsesResponseArrivalOrderAndIpv6Rule9CappedAt64() {
        StaticClientHost host = StaticClientHost.builder().loopback(true).address(2, "2001:db8:1:1::2/64")
            .address(2, "10.0.0.2/24").defaultRoute("2001:db8:1:1::1", 2).defaultRoute("10.0.0.1", 2).build();
        Answer in = Answer.of(ips("10.0.0.4"), ips("2001:db8:2::4", "2001:db8:1:1::ff", "2001:db8:1:1::3"))
            .withFirstResponse(RecordType.AAAA);
        Resolution go = PROFILES.get("go-pure").order(in, host);
        // ::ff and ::3 both share the /64 (capped at 64, so they tie and keep DNS order); 2001:db8:2::4 shares 46.
        assertEquals(ips("2001:db8:1:1::ff", "2001:db8:1:1::3", "2001:db8:2::4", "10.0.0.4"), go.addresses(),
            go.explain());
        assertReason("go rule 9 tie (64 bits each, capped at 64)", go.reasons());
        // glibc compares all 128 bits: ::3 shares more with ::2 than ::ff does.
        Resolution glibc = PROFILES.get("glibc-current").order(in, host);
        assertEquals(ips("2001:db8:1:1::3", "2001:db8:1:1::ff", "2001:db8:2::4", "10.0.0.4"), glibc.addresses(),
            glibc.explain());
    }
}
