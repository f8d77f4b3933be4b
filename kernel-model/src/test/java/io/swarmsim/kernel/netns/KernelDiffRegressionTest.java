package io.swarmsim.kernel.netns;

import static io.swarmsim.kernel.netns.VethPair.A;
import static io.swarmsim.kernel.netns.VethPair.B;
import static io.swarmsim.kernel.netns.VethPair.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.conntrack.ConnEntry;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netfilter.AddressType;
import io.swarmsim.kernel.netfilter.PacketCount;
import io.swarmsim.kernel.netfilter.Ruleset;
import io.swarmsim.kernel.netfilter.RulesetException;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.TcpFlags;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Disagreements between the model and Linux (6.18, iptables 1.8.9, both backends) that
 * live-bridge's IptablesDifferentialTest found, each as the minimal case it printed, now asserting
 * what the kernel did. The topology is the test's: a (10.9.0.1, 10.9.0.11) and b (10.9.0.2,
 * 10.9.0.3) on a veth pair.
 */
class KernelDiffRegressionTest {
    private static final IpAddress LOOPBACK = IpAddress.parse("127.0.0.1");

    private static Packet syn(IpAddress src, int sport, IpAddress dst, int dport) {
        return Packet.tcp(1, src, sport, dst, dport, TcpFlags.SYN, Payload.EMPTY).withSequence(1000, 0);
    }

    private static Packet udp(IpAddress src, int sport, IpAddress dst, int dport, int bytes) {
        return Packet.udp(2, src, sport, dst, dport, Payload.ofBytes(new byte[bytes]));
    }

    private static Packet ping(IpAddress src, IpAddress dst) {
        return Packet.icmpEcho(3, src, dst, Packet.ICMP_ECHO_REQUEST, 0x1234, 1, Payload.ofBytes(new byte[56]));
    }

    private static List<String> entries(NetNamespace ns) {
        return ns.conntrack().entries(0).stream().map(ConnEntry::toString).toList();
    }

    @Test
    void theRstAnsweringASynCarriesNoOptions() {
        // kernel: [1:40] for the RST (tcp_v4_send_reset sends a bare 20-byte header); the model said 52
        VethPair n = new VethPair();
        n.a.restore(tables("filter -A INPUT -p tcp -j ACCEPT"));
        n.send(syn(A, 40001, B, 5001));
        assertEquals(new PacketCount(1, 40), n.a.counters().rule("filter", "INPUT", 1));
    }

    @Test
    void aPortUnreachableQuotesTheWholeDatagram() {
        // a 33-byte datagram comes back inside a 61-byte error (icmp_send quotes up to 548 bytes); the model said 56
        VethPair n = new VethPair();
        n.a.restore(tables("filter -A INPUT -p icmp -j ACCEPT"));
        n.send(udp(A, 40001, B, 5001, 5));
        assertEquals(new PacketCount(1, 61), n.a.counters().rule("filter", "INPUT", 1));
    }

    @Test
    void iptablesRefusesADropRuleInTheNatTableButNotADropPolicy() {
        String header = "*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n";
        RulesetException e = assertThrows(RulesetException.class,
                () -> Ruleset.parse(header + ":OUTPUT ACCEPT [0:0]\n-A OUTPUT -j DROP\nCOMMIT\n"));
        assertTrue(e.getMessage().contains("The \"nat\" table is not intended for filtering"), e.getMessage());
        Ruleset.parse(header + ":OUTPUT DROP [0:0]\nCOMMIT\n");
    }

    @Test
    void withoutARuleThatNeedsConntrackTheNatChainsNeverRun() {
        // kernel: nat counters stay 0 and conntrack -L is empty until some rule asks for conntrack
        VethPair n = new VethPair();
        n.a.restore(tables("nat -A OUTPUT -p udp -j ACCEPT"));
        n.send(udp(A, 40001, B, 5001, 5));
        assertEquals(PacketCount.ZERO, n.a.counters().rule("nat", "OUTPUT", 1));
        assertEquals(PacketCount.ZERO, n.a.counters().policy("nat", "POSTROUTING"));
        assertEquals(List.of(), entries(n.a));

        n.a.restore(tables("nat -A OUTPUT -p udp -j ACCEPT", "filter -A OUTPUT -m conntrack --ctstate NEW -j ACCEPT"));
        n.send(udp(A, 40002, B, 5001, 5));
        assertEquals(1, n.a.counters().rule("nat", "OUTPUT", 1).packets());
        assertEquals(1, entries(n.a).size());
    }

    @Test
    void aConnectionWhoseOnlyReplyIsARstIsForgottenAtOnce() {
        VethPair n = new VethPair();
        n.a.restore(tables("filter -A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT"));
        n.send(syn(A, 40001, B, 5001));
        assertEquals(1, n.a.counters().rule("filter", "INPUT", 1).packets(), "the RST itself is ESTABLISHED");
        assertEquals(List.of(), entries(n.a), "and its connection is gone (tcp_packet kills it)");
    }

    @Test
    void masqueradeOutOfLoTakesAGlobalAddressOfAnotherDevice() {
        // kernel: reply 127.0.0.1:5001 > 10.9.0.1:40001 (inet_select_addr skips lo's host-scope 127.0.0.1)
        VethPair n = new VethPair();
        n.a.restore(tables("nat -A POSTROUTING -j MASQUERADE"));
        n.send(udp(LOOPBACK, 40001, LOOPBACK, 5001, 5));
        assertEquals(List.of("udp src=127.0.0.1 dst=127.0.0.1 sport=40001 dport=5001 | reply "
                + "udp src=127.0.0.1 dst=10.9.0.1 sport=5001 dport=40001 [SNAT]"), entries(n.a));
    }

    @Test
    void aNatPortRangeThatHoldsThePortKeepsIt() {
        VethPair n = new VethPair();
        n.a.restore(tables("nat -A POSTROUTING -p udp -j SNAT --to-source 10.9.0.11:40000-40999",
                "nat -A OUTPUT -p udp -j DNAT --to-destination 10.9.0.3:5004-5008"));
        n.send(udp(A, 40431, B, 5005, 5));
        n.send(udp(A, 40432, B, 80, 5));
        assertEquals(List.of(
                "udp src=10.9.0.1 dst=10.9.0.2 sport=40431 dport=5005 | reply udp src=10.9.0.3 dst=10.9.0.11 sport=5005 dport=40431 [SNAT] [DNAT]",
                "udp src=10.9.0.1 dst=10.9.0.2 sport=40432 dport=80 | reply udp src=10.9.0.3 dst=10.9.0.11 sport=5004 dport=40432 [SNAT] [DNAT]"),
                entries(n.a));
    }

    @Test
    void aNatAddressRangePicksTheAddressTheKernelsHashPicks() {
        // recorded from Linux 6.18 (x86_64): DNAT --to-destination 192.0.2.8-192.0.2.12 and
        // SNAT --to-source 10.9.0.48-10.9.0.52 for traffic from 10.9.0.1 to each destination
        String[][] kernel = {{"10.9.0.2", "192.0.2.11", "10.9.0.51"}, {"10.9.0.3", "192.0.2.12", "10.9.0.52"},
            {"10.9.0.7", "192.0.2.10", "10.9.0.50"}, {"192.0.2.7", "192.0.2.11", "10.9.0.51"},
            {"10.9.0.200", "192.0.2.8", "10.9.0.48"}, {"8.8.8.8", "192.0.2.8", "10.9.0.48"}};
        for (String[] k : kernel) {
            IpAddress dst = IpAddress.parse(k[0]);
            assertEquals(IpAddress.parse(k[1]), NatAddressChoice.pick(IpAddress.parse("192.0.2.8"), IpAddress.parse("192.0.2.12"), A, dst), k[0]);
            assertEquals(IpAddress.parse(k[2]), NatAddressChoice.pick(IpAddress.parse("10.9.0.48"), IpAddress.parse("10.9.0.52"), A, dst), k[0]);
        }
        VethPair n = new VethPair();
        n.a.restore(tables("nat -A POSTROUTING -p udp -j SNAT --to-source 10.9.0.1-10.9.0.11"));
        n.send(udp(A, 40001, B, 5001, 5));
        assertEquals("10.9.0.1", n.a.conntrack().entries(0).get(0).reply().dst().toString(),
                "a range that holds the source address keeps it");
    }

    @Test
    void theEchoReplyToAPingOfOnesOwnAddressIsEstablished() {
        // kernel: only the request is NEW; the model filed the reply, same addresses and identifier, as NEW too
        VethPair n = new VethPair();
        n.a.restore(tables("filter -A INPUT -m state --state NEW -j ACCEPT"));
        n.send(ping(A, A));
        assertEquals(1, n.a.counters().rule("filter", "INPUT", 1).packets());
        assertEquals(1, n.a.counters().policy("filter", "INPUT").packets());
    }

    @Test
    void theAnswerToALoopbackPacketSourceNatedOffLoHasNoRoute() {
        // 127.0.0.1 -> 127.0.0.1 SNATed to 10.9.0.50: the RST from 127.0.0.1 cannot leave by eth0 (EINVAL)
        VethPair n = new VethPair();
        n.a.restore(tables("nat -A POSTROUTING -j SNAT --to-source 10.9.0.50"));
        List<Effect> effects = n.send(syn(LOOPBACK, 40346, LOOPBACK, 5003));
        assertEquals(1, n.a.counters().policy("filter", "INPUT").packets(), "the SYN arrives");
        assertEquals(1, n.a.counters().policy("filter", "OUTPUT").packets(), "no RST goes out");
        assertTrue(effects.stream().noneMatch(e -> e instanceof Effect.Emit), "nothing leaves by eth0");
        assertEquals(1, entries(n.a).size(), "the connection saw no reply, so it stays");
    }

    @Test
    void dnatTo127InPreroutingMakesAMartianDestination() {
        VethPair n = new VethPair();
        n.b.restore(tables("nat -A PREROUTING -j DNAT --to-destination 127.0.0.1"));
        n.send(ping(A, IpAddress.parse("192.0.2.7")));
        assertEquals(PacketCount.ZERO, n.b.counters().policy("filter", "INPUT"));
        assertEquals(List.of(), entries(n.b), "dropped before INPUT, the connection is never confirmed");
    }

    @Test
    void aMarkDoesNotCrossTheVethPair() {
        VethPair n = new VethPair();
        n.a.restore(tables("mangle -A POSTROUTING -j MARK --set-xmark 0x1/0x3"));
        n.b.restore(tables("filter -A INPUT -m mark --mark 0x1/0xff -j DROP"));
        n.send(syn(A, 40375, IpAddress.parse("10.9.0.3"), 5007));
        assertEquals(PacketCount.ZERO, n.b.counters().rule("filter", "INPUT", 1));
        assertEquals(1, n.a.counters().policy("filter", "INPUT").packets(), "b answered with a RST");
    }

    @Test
    void addrtypeLimitedToADeviceCountsOnlyRoutesOnThatDevice() {
        VethPair n = new VethPair();
        n.a.restore(tables("mangle -A OUTPUT -m addrtype --dst-type UNICAST --limit-iface-out -j ACCEPT"));
        n.send(ping(A, A));
        assertEquals(2, n.a.counters().rule("mangle", "OUTPUT", 1).packets(), "10.9.0.1 is local on eth0, not on lo");
        assertEquals(AddressType.LOCAL, AddressTypes.of(n.a, A, null));
        assertEquals(AddressType.LOCAL, AddressTypes.of(n.a, A, "eth0"));
        assertEquals(AddressType.UNICAST, AddressTypes.of(n.a, A, "lo"));
        assertEquals(AddressType.LOCAL, AddressTypes.of(n.a, IpAddress.parse("127.0.0.5"), null));
        assertEquals(AddressType.BROADCAST, AddressTypes.of(n.a, IpAddress.parse("10.9.0.255"), null));
        assertEquals(AddressType.BROADCAST, AddressTypes.of(n.a, IpAddress.parse("0.0.0.0"), "lo"));
        assertEquals(AddressType.UNICAST, AddressTypes.of(n.a, B, null));
    }

    @Test
    void dnatOfALoopbackPacketAwayFromLoIsDroppedInsideTheNatHook() {
        // nf_nat_ipv4_local_fn reroutes at once: filter OUTPUT never sees the packet
        VethPair n = new VethPair();
        n.a.restore(tables("nat -A OUTPUT -j DNAT --to-destination 10.9.0.3"));
        List<Effect> effects = n.send(ping(LOOPBACK, LOOPBACK));
        assertEquals(1, n.a.counters().rule("nat", "OUTPUT", 1).packets());
        assertEquals(PacketCount.ZERO, n.a.counters().policy("filter", "OUTPUT"));
        assertTrue(effects.stream().anyMatch(e -> e instanceof Effect.Drop d && d.reason().contains("loopback source")), effects.toString());
    }
}
