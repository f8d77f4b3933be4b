package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.net.IpAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IpvsSubstituteTest {
    private static final String JUMPS = "-A OUTPUT -p tcp -j SWARMSIM-IPVS\n-A OUTPUT -p udp -j SWARMSIM-IPVS\n"
            + "-A PREROUTING -p tcp -j SWARMSIM-IPVS\n-A PREROUTING -p udp -j SWARMSIM-IPVS\n";

    private static DesiredState.Namespace ns(String iptables, List<DesiredState.IpvsService> ipvs) {
        return new DesiredState.Namespace("c", DesiredState.Kind.CONTAINER, "node1", "t.1", List.of(), List.of(), List.of(), java.util.Map.of(),
                iptables, Optional.empty(), List.of(), List.of(), ipvs);
    }

    private static final String MANGLE_OUTPUT = "*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n"
            + ":OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n-A OUTPUT -d 10.0.0.4/32 -j MARK --set-xmark 0x101/0xffffffff\nCOMMIT\n";

    @Test
    void threeDestinationsTakeTurnsInIpvsListOrder() {
        DesiredState.IpvsService s = DesiredState.IpvsService.libnetwork(257,
                List.of(IpAddress.parse("10.0.0.5"), IpAddress.parse("10.0.0.6"), IpAddress.parse("10.0.0.7")));
        IpvsSubstitute.Adapted a = IpvsSubstitute.adapt(ns(MANGLE_OUTPUT, List.of(s)));
        assertEquals(MANGLE_OUTPUT + "*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n"
                + ":SWARMSIM-IPVS - [0:0]\n"
                + JUMPS
                + "-A SWARMSIM-IPVS -m mark --mark 0x101 -m statistic --mode nth --every 3 --packet 0 -m comment --comment swarmsim-ipvs -j DNAT --to-destination 10.0.0.7\n"
                + "-A SWARMSIM-IPVS -m mark --mark 0x101 -m statistic --mode nth --every 2 --packet 0 -m comment --comment swarmsim-ipvs -j DNAT --to-destination 10.0.0.6\n"
                + "-A SWARMSIM-IPVS -m mark --mark 0x101 -m comment --comment swarmsim-ipvs -j DNAT --to-destination 10.0.0.5\n"
                + "COMMIT\n", a.text());
        assertEquals(List.of("FWM 257 rr -> [10.0.0.7, 10.0.0.6, 10.0.0.5]"), a.substituted());
    }

    @Test
    void anExistingNatTableGetsTheChainDeclaredAndItsRulesBeforeCommit() {
        String text = "*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n"
                + "-A POSTROUTING -d 10.0.0.0/24 -m ipvs --ipvs -j SNAT --to-source 10.0.0.3\nCOMMIT\n";
        IpvsSubstitute.Adapted a = IpvsSubstitute.adapt(ns(MANGLE_OUTPUT + text,
                List.of(DesiredState.IpvsService.libnetwork(257, List.of(IpAddress.parse("10.0.0.5"))))));
        assertEquals(1, a.rewrittenRules());
        assertTrue(a.text().endsWith(":POSTROUTING ACCEPT [0:0]\n:SWARMSIM-IPVS - [0:0]\n"
                + "-A POSTROUTING -d 10.0.0.0/24 -m conntrack --ctstate DNAT -m comment --comment swarmsim-ipvs -j SNAT --to-source 10.0.0.3\n"
                + JUMPS
                + "-A SWARMSIM-IPVS -m mark --mark 0x101 -m comment --comment swarmsim-ipvs -j DNAT --to-destination 10.0.0.5\nCOMMIT\n"), a.text());
    }

    @Test
    void aMarkSetOnlyInInputIsMatchedByItsDestinationAndOneSetNowhereIsReported() {
        String input = MANGLE_OUTPUT.replace("-A OUTPUT -d 10.0.0.4/32", "-A INPUT -d 10.0.0.4/32");
        IpvsSubstitute.Adapted a = IpvsSubstitute.adapt(ns(input, List.of(
                DesiredState.IpvsService.libnetwork(257, List.of(IpAddress.parse("10.0.0.5"))),
                DesiredState.IpvsService.libnetwork(258, List.of(IpAddress.parse("10.0.0.9"))))));
        assertTrue(a.text().contains("-A SWARMSIM-IPVS -d 10.0.0.4/32 -m comment --comment swarmsim-ipvs -j DNAT --to-destination 10.0.0.5\n"), a.text());
        assertEquals(List.of("FWM 258: its mark is set nowhere and by no destination"), a.notApplied());
    }

    @Test
    void aNamespaceWithoutIpvsKeepsItsTextExactly() {
        String text = "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -j ACCEPT\nCOMMIT\n";
        assertEquals(text, IpvsSubstitute.adapt(ns(text, List.of())).text());
    }
}
