package io.swarmsim.kernel.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden cases G1-G7 of the reference notes §14, through the sorters and the profiles. */
class GoldenCasesTest {
    private static final ClientProfiles PROFILES = ClientProfiles.standard();

    static List<IpAddress> ips(String... s) {
        return Answer.parse(s);
    }

    static Resolution order(String profile, Answer answer, ClientHost host) {
        return PROFILES.get(profile).order(answer, host);
    }

    static void assertReason(String expected, List<String> reasons) {
        assertTrue(reasons.stream().anyMatch(r -> r.contains(expected)),
            () -> "no reason contains \"" + expected + "\" in:\n" + String.join("\n", reasons));
    }

    @Test
    void g1DockerCaseGlibcCurrentPutsDot3FirstWhateverTheDnsOrder() {
        StaticClientHost host = Hosts.docker(true);
        for (Answer in : List.of(Answer.ofA("10.0.0.4", "10.0.0.3"), Answer.ofA("10.0.0.3", "10.0.0.4"))) {
            Resolution r = order("glibc-current", in, host);
            assertEquals(ips("10.0.0.3", "10.0.0.4"), r.addresses(), r.explain());
            assertReason("glibc rule 9: 10.0.0.3 shares 31 leading bits with 10.0.0.2, 10.0.0.4 shares 29", r.reasons());
        }
    }

    @Test
    void g1GoPureAndMuslKeepDnsOrder() {
        StaticClientHost host = Hosts.docker(true);
        for (List<IpAddress> in : List.of(ips("10.0.0.4", "10.0.0.3"), ips("10.0.0.3", "10.0.0.4"))) {
            Answer answer = Answer.of(in, List.of());
            Resolution go = order("go-pure", answer, host);
            assertEquals(in, go.addresses(), go.explain());
            assertReason("go: no rule decided (Go applies rule 9 to IPv6 pairs only)", go.reasons());
            Resolution musl = order("musl", answer, host);
            assertEquals(in, musl.addresses());
            assertReason("musl: IPv4-only answer, not sorted; DNS order kept", musl.reasons());
        }
    }

    @Test
    void g2NoNonLoopbackIpv6MakesGlibcRule9InertInBothIpv6States() {
        for (StaticClientHost host : List.of(Hosts.docker(false), Hosts.dockerLoopbackIpv6Only())) {
            assertFalse(host.hasNonLoopbackIpv6());
            for (List<IpAddress> in : List.of(ips("10.0.0.4", "10.0.0.3"), ips("10.0.0.3", "10.0.0.4"))) {
                Resolution r = order("glibc-current", Answer.of(in, List.of()), host);
                assertEquals(in, r.addresses(), r.explain());
                assertReason("glibc rule 9 inert: no non-loopback IPv6 address, so the prefix length is unknown"
                    + " and DNS order is kept", r.reasons());
                assertReason("undefined behaviour", r.reasons());
            }
        }
    }

    @Test
    void g2GlibcOldStillSortsWithoutIpv6() {
        for (List<IpAddress> in : List.of(ips("10.0.0.4", "10.0.0.3"), ips("10.0.0.3", "10.0.0.4"))) {
            Resolution r = order("glibc-old", Answer.of(in, List.of()), Hosts.docker(false));
            assertEquals(ips("10.0.0.3", "10.0.0.4"), r.addresses(), r.explain());
            assertReason("10.0.0.3 shares 31 leading bits with 10.0.0.2, 10.0.0.4 shares 29", r.reasons());
        }
    }

    @Test
    void g3DestinationsOutsideTheSubnet() {
        StaticClientHost host = Hosts.docker(true);
        Answer in = Answer.ofA("10.0.2.9", "10.0.1.7");
        Resolution current = order("glibc-current", in, host);
        assertEquals(ips("10.0.2.9", "10.0.1.7"), current.addresses(), current.explain());
        assertReason("glibc rule 9 inert: 10.0.2.9 and 10.0.1.7 are both outside 10.0.0.2/24", current.reasons());
        assertEquals(in.a(), order("musl", in, host).addresses());
        assertEquals(in.a(), order("go-pure", in, host).addresses());
        Resolution old = order("glibc-old", in, host);
        assertEquals(ips("10.0.1.7", "10.0.2.9"), old.addresses(), old.explain());
        assertReason("10.0.1.7 shares 23 leading bits with 10.0.0.2, 10.0.2.9 shares 22", old.reasons());
    }

    @Test
    void g4ThreeReplicasOnASlash16() {
        StaticClientHost host = Hosts.client("172.18.0.2/16", "172.18.0.1", true);
        Answer in = Answer.ofA("172.18.1.3", "172.18.0.130", "172.18.0.5");
        Resolution r = order("glibc-current", in, host);
        assertEquals(ips("172.18.0.5", "172.18.0.130", "172.18.1.3"), r.addresses(), r.explain());
        assertReason("172.18.0.5 shares 29 leading bits with 172.18.0.2, 172.18.0.130 shares 24", r.reasons());
        assertReason("172.18.0.130 shares 24 leading bits with 172.18.0.2, 172.18.1.3 shares 23", r.reasons());
        assertEquals(in.a(), order("musl", in, host).addresses());
        assertEquals(in.a(), order("go-pure", in, host).addresses());
        Resolution other = order("glibc-current", in, Hosts.client("172.18.1.9/16", "172.18.0.1", true));
        assertEquals(IpAddress.parse("172.18.1.3"), other.first().orElseThrow(), other.explain());
    }

    @Test
    void g5SlashThirtyTwoSourceKeepsDnsOrder() {
        StaticClientHost host = StaticClientHost.builder().loopback(true).address(2, "10.0.0.2/32")
            .address(2, Hosts.LINK_LOCAL).route("10.0.0.0/24", 2).build();
        assertTrue(host.selectSource(IpAddress.parse("10.0.0.4")).isPresent());
        Resolution r = order("glibc-current", Answer.ofA("10.0.0.4", "10.0.0.3"), host);
        assertEquals(ips("10.0.0.4", "10.0.0.3"), r.addresses(), r.explain());
        assertReason("glibc rule 9 inert: source 10.0.0.2 is a /32", r.reasons());
    }

    @Test
    void g6MixedAnswerWithUnroutableUla() {
        StaticClientHost host = Hosts.docker(true);
        Answer in = Answer.of(ips("10.0.0.4", "10.0.0.3"), ips("fd00::4"));
        assertTrue(host.selectSource(IpAddress.parse("fd00::4")).isEmpty());

        Resolution glibc = order("glibc-current", in, host);
        assertEquals(ips("10.0.0.3", "10.0.0.4", "fd00::4"), glibc.addresses(), glibc.explain());
        assertReason("glibc rule 9: 10.0.0.3 shares 31 leading bits with 10.0.0.2, 10.0.0.4 shares 29", glibc.reasons());
        assertReason("glibc rule 1: 10.0.0.4 is usable (source 10.0.0.2), fd00::4 is not", glibc.reasons());

        Resolution musl = order("musl", in, host);
        assertEquals(ips("10.0.0.3", "10.0.0.4", "fd00::4"), musl.addresses(), musl.explain());
        assertReason("list AAAA then A: [fd00::4, 10.0.0.4, 10.0.0.3]", musl.reasons());
        assertReason("musl rule 9: 10.0.0.3 shares 127 leading bits with 10.0.0.2 (v4-mapped, 96 + 31),"
            + " 10.0.0.4 shares 125 (v4-mapped, 96 + 29) [key 0x72317F2E > 0x72317D2F]", musl.reasons());
        assertReason("[key 0x72317D2F > 0x00310030]", musl.reasons());

        Resolution go = order("go-pure", in, host);
        assertEquals(ips("10.0.0.4", "10.0.0.3", "fd00::4"), go.addresses(), go.explain());
        assertReason("go rule 1: 10.0.0.3 is usable", go.reasons());
    }

    @Test
    void g7MixedAnswerWithReachableUlaSplitsGlibcFromMuslAndGo() {
        StaticClientHost host = StaticClientHost.builder().loopback(true).address(2, "10.0.0.2/24")
            .address(2, "fd00::2/64").address(2, Hosts.LINK_LOCAL).defaultRoute("10.0.0.1", 2).build();
        assertEquals(IpAddress.parse("fd00::2"), host.selectSource(IpAddress.parse("fd00::4")).orElseThrow().source());
        Answer in = Answer.of(ips("10.0.0.4", "10.0.0.3"), ips("fd00::4"));

        Resolution glibc = order("glibc-current", in, host);
        assertEquals(ips("fd00::4", "10.0.0.3", "10.0.0.4"), glibc.addresses(), glibc.explain());
        assertReason("glibc rule 6: fd00::4 has precedence 40, 10.0.0.3 has 10 (glibc default table)", glibc.reasons());

        Resolution musl = order("musl", in, host);
        assertEquals(ips("10.0.0.3", "10.0.0.4", "fd00::4"), musl.addresses(), musl.explain());
        assertReason("musl rule 6: 10.0.0.4 has precedence 35, fd00::4 has 3", musl.reasons());

        Resolution go = order("go-pure", in, host);
        assertEquals(ips("10.0.0.4", "10.0.0.3", "fd00::4"), go.addresses(), go.explain());
        assertReason("go rule 6: 10.0.0.3 has precedence 35, fd00::4 has 3 (RFC 6724 table)", go.reasons());

        Resolution java = order("java-default", in, host);
        assertEquals(ips("10.0.0.3", "10.0.0.4", "fd00::4"), java.addresses(), java.explain());
        assertReason("java-default: IPv4 addresses first", java.reasons());
    }
}
