package io.swarmsim.kernel.resolver;

import static io.swarmsim.kernel.resolver.GoldenCasesTest.assertReason;
import static io.swarmsim.kernel.resolver.GoldenCasesTest.ips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import org.junit.jupiter.api.Test;

class StaticClientHostTest {
    @Test
    void sourceSelectionFollowsRoutesAndPrefixes() {
        StaticClientHost h = Hosts.docker(true);
        SourceSelection s = h.selectSource(IpAddress.parse("10.0.0.3")).orElseThrow();
        assertEquals(new SourceSelection(IpAddress.parse("10.0.0.2"), 24, 2, false), s);
        assertEquals(24, h.selectSource(IpAddress.parse("8.8.8.8")).orElseThrow().prefixLength());
        assertEquals(IpAddress.parse("127.0.0.1"), h.selectSource(IpAddress.parse("127.0.0.1")).orElseThrow().source());
        assertEquals(IpAddress.parse("fe80::42:aff:fe00:2"),
            h.selectSource(IpAddress.parse("fe80::1")).orElseThrow().source());
        assertTrue(h.selectSource(IpAddress.parse("2001:db8::1")).isEmpty(), "no IPv6 default route");
        StaticClientHost noDefault = StaticClientHost.builder().address(2, "10.0.0.2/24").build();
        assertTrue(noDefault.selectSource(IpAddress.parse("10.0.1.1")).isEmpty());
    }

    @Test
    void onlyNonLoopbackIpv6Counts() {
        assertTrue(Hosts.docker(true).hasNonLoopbackIpv6());
        assertFalse(Hosts.docker(false).hasNonLoopbackIpv6());
        assertFalse(Hosts.dockerLoopbackIpv6Only().hasNonLoopbackIpv6());
    }

    @Test
    void glibcRule3DemotesADeprecatedSource() {
        StaticClientHost h = StaticClientHost.builder().loopback(true).address(2, "2001:db8:a::2/64", true)
            .address(3, "2001:db8:b::2/64").address(2, Hosts.LINK_LOCAL).build();
        Resolution r = ClientProfiles.standard().get("glibc-current")
            .order(Answer.of(ips(), ips("2001:db8:a::4", "2001:db8:b::4")), h);
        assertEquals(ips("2001:db8:b::4", "2001:db8:a::4"), r.addresses(), r.explain());
        assertReason("glibc rule 3: the source 2001:db8:a::2 of 2001:db8:a::4 is deprecated", r.reasons());
    }
}
