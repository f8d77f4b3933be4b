package io.swarmsim.kernel.resolver;

import static io.swarmsim.kernel.resolver.GoldenCasesTest.ips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.trace.TraceEvent.SortPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The typed pairs of the golden cases (reference notes §14): which rule put each adjacent pair of
 * the output in order, and whether the pair was a tie kept in input order.
 */
class SortPairsGoldenTest {
    private static final ClientProfiles PROFILES = ClientProfiles.standard();

    private static Resolution order(String profile, Answer answer, ClientHost host) {
        return PROFILES.get(profile).order(answer, host);
    }

    /** Pair {@code i} is {@code first} before {@code second}, decided (or tied) by a rule text starting {@code rule}. */
    private static void assertPair(Resolution r, int i, String first, String second, boolean tie, String rule) {
        SortPair p = r.pairs().get(i);
        String what = "pair " + i + " of " + r.pairs() + "\n" + r.explain();
        assertEquals(IpAddress.parse(first), p.first(), what);
        assertEquals(IpAddress.parse(second), p.second(), what);
        assertEquals(tie, p.tie(), what);
        assertTrue(p.rule().startsWith(rule), () -> "expected a rule starting \"" + rule + "\": " + what);
        assertTrue(r.reasons().contains(p.rule()), () -> "the rule is not a reason line: " + what);
    }

    @Test
    void g1GlibcCurrentRule9DecidesWhateverTheDnsOrder() {
        for (Answer in : List.of(Answer.ofA("10.0.0.4", "10.0.0.3"), Answer.ofA("10.0.0.3", "10.0.0.4"))) {
            Resolution r = order("glibc-current", in, Hosts.docker(true));
            assertEquals("glibc-current", r.profile());
            assertEquals(in.a(), r.input());
            assertEquals(1, r.pairs().size());
            assertPair(r, 0, "10.0.0.3", "10.0.0.4", false,
                "glibc rule 9: 10.0.0.3 shares 31 leading bits with 10.0.0.2, 10.0.0.4 shares 29");
        }
    }

    @Test
    void g1GoTiesAndMuslDoesNotCompare() {
        Answer in = Answer.ofA("10.0.0.4", "10.0.0.3");
        Resolution go = order("go-pure", in, Hosts.docker(true));
        assertPair(go, 0, "10.0.0.4", "10.0.0.3", true, "go: no rule decided");
        Resolution musl = order("musl", in, Hosts.docker(true));
        assertEquals(List.of(), musl.pairs());
        assertEquals(in.a(), musl.input());
    }

    @Test
    void g2GlibcCurrentRule9InertIsATieWhileGlibcOldRule9Decides() {
        for (StaticClientHost host : List.of(Hosts.docker(false), Hosts.dockerLoopbackIpv6Only())) {
            Resolution r = order("glibc-current", Answer.ofA("10.0.0.4", "10.0.0.3"), host);
            assertPair(r, 0, "10.0.0.4", "10.0.0.3", true, "glibc rule 9 inert: no non-loopback IPv6 address");
        }
        Resolution old = order("glibc-old", Answer.ofA("10.0.0.4", "10.0.0.3"), Hosts.docker(false));
        assertPair(old, 0, "10.0.0.3", "10.0.0.4", false,
            "glibc rule 9 (2.4-2.7, every IPv4 pair): 10.0.0.3 shares 31 leading bits");
    }

    @Test
    void g3OutsideTheSubnetCurrentTiesOldDecidesByRule9() {
        Answer in = Answer.ofA("10.0.2.9", "10.0.1.7");
        assertPair(order("glibc-current", in, Hosts.docker(true)), 0, "10.0.2.9", "10.0.1.7", true,
            "glibc rule 9 inert: 10.0.2.9 and 10.0.1.7 are both outside 10.0.0.2/24");
        assertPair(order("glibc-old", in, Hosts.docker(true)), 0, "10.0.1.7", "10.0.2.9", false,
            "glibc rule 9 (2.4-2.7, every IPv4 pair): 10.0.1.7 shares 23 leading bits");
    }

    @Test
    void g4Rule9DecidesBothPairsOfThreeReplicas() {
        Resolution r = order("glibc-current", Answer.ofA("172.18.1.3", "172.18.0.130", "172.18.0.5"),
            Hosts.client("172.18.0.2/16", "172.18.0.1", true));
        assertEquals(ips("172.18.1.3", "172.18.0.130", "172.18.0.5"), r.input());
        assertEquals(2, r.pairs().size());
        assertPair(r, 0, "172.18.0.5", "172.18.0.130", false, "glibc rule 9: 172.18.0.5 shares 29");
        assertPair(r, 1, "172.18.0.130", "172.18.1.3", false, "glibc rule 9: 172.18.0.130 shares 24");
    }

    @Test
    void g5SlashThirtyTwoSourceIsATie() {
        StaticClientHost host = StaticClientHost.builder().loopback(true).address(2, "10.0.0.2/32")
            .address(2, Hosts.LINK_LOCAL).route("10.0.0.0/24", 2).build();
        assertPair(order("glibc-current", Answer.ofA("10.0.0.4", "10.0.0.3"), host), 0, "10.0.0.4", "10.0.0.3",
            true, "glibc rule 9 inert: source 10.0.0.2 is a /32");
    }

    @Test
    void g6MixedAnswerRule9ThenRule1() {
        Answer in = Answer.of(ips("10.0.0.4", "10.0.0.3"), ips("fd00::4"));
        Resolution glibc = order("glibc-current", in, Hosts.docker(true));
        assertEquals(ips("10.0.0.4", "10.0.0.3", "fd00::4"), glibc.input());
        assertPair(glibc, 0, "10.0.0.3", "10.0.0.4", false, "glibc rule 9: 10.0.0.3 shares 31");
        assertPair(glibc, 1, "10.0.0.4", "fd00::4", false, "glibc rule 1: 10.0.0.4 is usable");

        Resolution musl = order("musl", in, Hosts.docker(true));
        assertEquals(ips("fd00::4", "10.0.0.4", "10.0.0.3"), musl.input());
        assertPair(musl, 0, "10.0.0.3", "10.0.0.4", false, "musl rule 9: 10.0.0.3 shares 127");
        assertPair(musl, 1, "10.0.0.4", "fd00::4", false, "musl rule 1: 10.0.0.4 is usable");

        Resolution go = order("go-pure", in, Hosts.docker(true));
        assertPair(go, 0, "10.0.0.4", "10.0.0.3", true, "go: no rule decided");
        assertPair(go, 1, "10.0.0.3", "fd00::4", false, "go rule 1: 10.0.0.3 is usable");
    }

    @Test
    void g7Rule6ThenRule9AndJavaRegroupingNamesItself() {
        StaticClientHost host = StaticClientHost.builder().loopback(true).address(2, "10.0.0.2/24")
            .address(2, "fd00::2/64").address(2, Hosts.LINK_LOCAL).defaultRoute("10.0.0.1", 2).build();
        Answer in = Answer.of(ips("10.0.0.4", "10.0.0.3"), ips("fd00::4"));
        Resolution glibc = order("glibc-current", in, host);
        assertPair(glibc, 0, "fd00::4", "10.0.0.3", false, "glibc rule 6: fd00::4 has precedence 40");
        assertPair(glibc, 1, "10.0.0.3", "10.0.0.4", false, "glibc rule 9: 10.0.0.3 shares 31");

        Resolution java = order("java-default", in, host);
        assertEquals("java-default", java.profile());
        assertEquals(ips("10.0.0.4", "10.0.0.3", "fd00::4"), java.input());
        assertEquals(ips("10.0.0.3", "10.0.0.4", "fd00::4"), java.addresses());
        assertPair(java, 0, "10.0.0.3", "10.0.0.4", false, "glibc rule 9: 10.0.0.3 shares 31");
        SortPair regrouped = java.pairs().get(1);
        assertEquals(new SortPair(IpAddress.parse("10.0.0.4"), IpAddress.parse("fd00::4"), false,
            "java-default: IPv4 addresses first, each family keeping the libc order"), regrouped);

        Resolution musl = order("musl", in, host);
        assertPair(musl, 0, "10.0.0.3", "10.0.0.4", false, "musl rule 9");
        assertPair(musl, 1, "10.0.0.4", "fd00::4", false, "musl rule 6: 10.0.0.4 has precedence 35");
    }

    @Test
    void javaRegroupingThatChangesNothingKeepsTheLibcPairs() {
        Answer in = Answer.ofA("10.0.0.4", "10.0.0.3");
        assertEquals(order("glibc-current", in, Hosts.docker(true)).pairs(),
            order("java-default", in, Hosts.docker(true)).pairs());
    }

    @Test
    void g8CacheHitKeepsTheInputAndPairsOfTheLookupThatFilledIt() {
        ProcessResolver jvm = new ProcessResolver(PROFILES.get("java-default"));
        DnsServer dns = (name, types) -> Answer.ofA("10.0.0.4", "10.0.0.3");
        Resolution fresh = jvm.lookup("vote", 0, dns, Hosts.docker(true));
        Resolution hit = jvm.lookup("vote", 1_000_000_000L, dns, Hosts.docker(true));
        assertFalse(fresh.fromCache());
        assertTrue(hit.fromCache());
        assertEquals("java-default", hit.profile());
        assertEquals(fresh.input(), hit.input());
        assertEquals(fresh.pairs(), hit.pairs());
        assertPair(hit, 0, "10.0.0.3", "10.0.0.4", false, "glibc rule 9: 10.0.0.3 shares 31");
    }

    @Test
    void g11LegacyPingAndDigCompareNothing() {
        for (String p : List.of("ping-legacy", "dig")) {
            Resolution r = order(p, Answer.of(ips("10.0.0.4", "10.0.0.3"), ips("fd00::4")), Hosts.docker(true));
            assertEquals(p, r.profile());
            assertEquals(ips("10.0.0.4", "10.0.0.3"), r.input());
            assertEquals(r.input(), r.addresses());
            assertEquals(List.of(), r.pairs());
        }
    }

    @Test
    void goRule9TieOnIpv6IsATieAndGlibcRule9DecidesIt() {
        StaticClientHost host = StaticClientHost.builder().loopback(true).address(2, "2001:db8:1:1::2/64")
            .address(2, "10.0.0.2/24").defaultRoute("2001:db8:1:1::1", 2).defaultRoute("10.0.0.1", 2).build();
        Answer in = Answer.of(ips("10.0.0.4"), ips("2001:db8:2::4", "2001:db8:1:1::ff", "2001:db8:1:1::3"))
            .withFirstResponse(RecordType.AAAA);
        Resolution go = order("go-pure", in, host);
        assertEquals(ips("2001:db8:2::4", "2001:db8:1:1::ff", "2001:db8:1:1::3", "10.0.0.4"), go.input());
        assertPair(go, 0, "2001:db8:1:1::ff", "2001:db8:1:1::3", true, "go rule 9 tie (64 bits each");
        assertPair(go, 1, "2001:db8:1:1::3", "2001:db8:2::4", false, "go rule 9: 2001:db8:1:1::3 shares 64");
        Resolution glibc = order("glibc-current", in, host);
        assertPair(glibc, 0, "2001:db8:1:1::3", "2001:db8:1:1::ff", false, "glibc rule 9: 2001:db8:1:1::3 shares");
    }

    @Test
    void theOldConstructorMakesAProfilelessResolutionWithoutPairs() {
        Resolution r = new Resolution(ips("10.0.0.3"), List.of("10.0.0.3 is an address"), false);
        assertEquals("", r.profile());
        assertEquals(r.addresses(), r.input());
        assertEquals(List.of(), r.pairs());
        assertEquals(List.of(), new SortResult(ips("10.0.0.3", "10.0.0.4"), List.of("x")).pairs());
    }
}
