package io.swarmsim.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.TcpFlags;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final IpAddress C = IpAddress.parse("10.0.0.2");
    private static final IpAddress DNS = IpAddress.parse("127.0.0.11");

    private static Packet udp(IpAddress dst, int dport) {
        return Packet.udp(1, C, 40000, dst, dport, Payload.ofBytes(new byte[12]));
    }

    @Test
    void embeddedDnsIsDnattedAndTheRuleCounted() {
        Ruleset rs = Ruleset.parse("*nat\n:DOCKER_OUTPUT - [0:0]\n-A OUTPUT -d 127.0.0.11/32 -j DOCKER_OUTPUT\n"
                + "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p tcp -m tcp --dport 53 -j DNAT --to-destination 127.0.0.11:37619\n"
                + "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:43235\n"
                + "COMMIT\n");
        Counters counters = new Counters();
        Packet p = udp(DNS, 53);
        TableVerdict v = Evaluator.evaluate(rs.table(TableKind.NAT).orElseThrow(), Hook.OUTPUT, p, TestContext.of(null, "lo"), counters);
        assertEquals(Verdict.ACCEPT, v.verdict());
        assertEquals(new NatAction(NatKind.DNAT, DNS, DNS, 43235, 43235), v.nat());
        assertFalse(v.decidedByPolicy());
        assertEquals(List.of(true, false, true), v.visits().stream().map(RuleVisit::matched).toList());
        assertEquals("DOCKER_OUTPUT", v.visits().get(2).chain());
        assertEquals(2, v.visits().get(2).number());
        assertEquals(new PacketCount(1, p.length()), counters.rule("nat", "DOCKER_OUTPUT", 2));
        assertEquals(PacketCount.ZERO, counters.rule("nat", "DOCKER_OUTPUT", 1));
        assertEquals(PacketCount.ZERO, counters.policy("nat", "OUTPUT"));
        // not DNS: falls through, the policy decides and is counted
        TableVerdict other = Evaluator.evaluate(rs.table(TableKind.NAT).orElseThrow(), Hook.OUTPUT, udp(C, 53),
                TestContext.of(null, "eth0"), counters);
        assertNull(other.nat());
        assertEquals("OUTPUT", other.policyChain());
        assertEquals(new PacketCount(1, p.length()), counters.policy("nat", "OUTPUT"));
        counters.reset();
        assertEquals(PacketCount.ZERO, counters.rule("nat", "DOCKER_OUTPUT", 2));
    }

    @Test
    void returnGotoAndPolicy() {
        Table t = Ruleset.parse("*filter\n:INPUT DROP [0:0]\n:A - [0:0]\n:B - [0:0]\n"
                + "-A INPUT -p udp -g A\n-A INPUT -p tcp -j B\n-A INPUT -j ACCEPT\n"
                + "-A A -p udp --dport 1 -j RETURN\n-A A -p udp --dport 2 -j ACCEPT\n"
                + "-A B -p tcp --dport 1 -j RETURN\n-A B -j DROP\nCOMMIT\n").table(TableKind.FILTER).orElseThrow();
        Counters c = new Counters();
        PacketContext ctx = TestContext.of("eth0", null);
        // goto A then RETURN: nothing to return to, INPUT's policy (DROP) decides
        TableVerdict v1 = Evaluator.evaluate(t, Hook.INPUT, udp(C, 1), ctx, c);
        assertEquals(Verdict.DROP, v1.verdict());
        assertEquals("INPUT", v1.policyChain());
        // goto A, falls off A's end: policy as well
        assertEquals(Verdict.DROP, Evaluator.evaluate(t, Hook.INPUT, udp(C, 3), ctx, c).verdict());
        assertEquals(Verdict.ACCEPT, Evaluator.evaluate(t, Hook.INPUT, udp(C, 2), ctx, c).verdict());
        // jump B, RETURN comes back to INPUT rule 3
        Packet tcp1 = Packet.tcp(2, C, 5, C, 1, TcpFlags.SYN, Payload.EMPTY);
        TableVerdict v2 = Evaluator.evaluate(t, Hook.INPUT, tcp1, ctx, c);
        assertEquals(Verdict.ACCEPT, v2.verdict());
        assertEquals("INPUT", v2.visits().get(v2.visits().size() - 1).chain());
        assertEquals(3, v2.visits().get(v2.visits().size() - 1).number());
        assertEquals(Verdict.DROP, Evaluator.evaluate(t, Hook.INPUT, tcp1.withDestination(C, 2), ctx, c).verdict());
        assertEquals(new PacketCount(2, 2L * udp(C, 1).length()), c.policy("filter", "INPUT"));
    }

    @Test
    void negationInterfacesAndMarks() {
        Table t = Ruleset.parse("*mangle\n-A OUTPUT -d 10.0.0.4/32 -j MARK --set-xmark 0x117/0xffffffff\n"
                + "-A OUTPUT ! -o eth+ -j MARK --set-mark 0x1/0xf\n-A OUTPUT -m mark --mark 0x117 -j DROP\nCOMMIT\n")
                .table(TableKind.MANGLE).orElseThrow();
        Counters c = new Counters();
        TableVerdict v = Evaluator.evaluate(t, Hook.OUTPUT, udp(IpAddress.parse("10.0.0.4"), 80), TestContext.of(null, "eth0"), c);
        assertEquals(Verdict.DROP, v.verdict());
        assertEquals(0x117, v.packet().mark());
        TableVerdict w = Evaluator.evaluate(t, Hook.OUTPUT, udp(IpAddress.parse("10.0.0.4"), 80).withMark(0xff0),
                TestContext.of(null, "lo"), c);
        assertEquals(Verdict.ACCEPT, w.verdict());
        assertEquals(0x111, w.packet().mark(), "(0x117 & ~0xf) ^ 0x1");
    }

    @Test
    void conntrackAddrtypeIpvsMatches() {
        Table t = Ruleset.parse("*nat\n:DOCKER-INGRESS - [0:0]\n-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER-INGRESS\n"
                + "-A DOCKER-INGRESS -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:8080\n"
                + "-A DOCKER-INGRESS -j RETURN\n"
                + "-A POSTROUTING -d 10.255.0.0/16 -m ipvs --ipvs -j SNAT --to-source 10.255.0.2\nCOMMIT\n"
                ).table(TableKind.NAT).orElseThrow();
        IpAddress host = IpAddress.parse("192.168.1.10");
        Packet syn = Packet.tcp(3, C, 5555, host, 8080, TcpFlags.SYN, Payload.EMPTY);
        Counters c = new Counters();
        TableVerdict d = Evaluator.evaluate(t, Hook.PREROUTING, syn, TestContext.of("eth0", null).withLocal(host), c);
        assertEquals(NatKind.DNAT, d.nat().kind());
        assertEquals(IpAddress.parse("172.18.0.2"), d.nat().addressMin());
        assertNull(Evaluator.evaluate(t, Hook.PREROUTING, syn, TestContext.of("eth0", null), c).nat());
        Packet toTask = Packet.tcp(4, C, 5555, IpAddress.parse("10.255.0.7"), 80, TcpFlags.SYN, Payload.EMPTY);
        assertEquals(IpAddress.parse("10.255.0.2"),
                Evaluator.evaluate(t, Hook.POSTROUTING, toTask, TestContext.of(null, "eth0").withIpvs(true), c).nat().addressMin());
        assertNull(Evaluator.evaluate(t, Hook.POSTROUTING, toTask, TestContext.of(null, "eth0"), c).nat());
        Table filter = Ruleset.parse("*filter\n:INPUT DROP [0:0]\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\nCOMMIT\n")
                .table(TableKind.FILTER).orElseThrow();
        assertEquals(Verdict.DROP, Evaluator.evaluate(filter, Hook.INPUT, syn, TestContext.of("eth0", null), c).verdict());
        assertEquals(Verdict.ACCEPT, Evaluator.evaluate(filter, Hook.INPUT, syn,
                TestContext.of("eth0", null).withState(ConntrackState.ESTABLISHED), c).verdict());
    }

    @Test
    void statisticNthSequenceIsKeptInCounters() {
        Table t = Ruleset.parse("*nat\n-A OUTPUT -p udp -m statistic --mode nth --every 3 --packet 1 -j DNAT --to-destination 10.0.0.9\n"
                + "COMMIT\n").table(TableKind.NAT).orElseThrow();
        Counters c = new Counters();
        List<Boolean> hits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            hits.add(Evaluator.evaluate(t, Hook.OUTPUT, udp(DNS, 53), TestContext.of(null, "lo"), c).nat() != null);
        }
        assertEquals(List.of(false, true, false, false, true, false, false), hits);
        // a fresh Counters object is a fresh kernel: the sequence starts again
        assertFalse(Evaluator.evaluate(t, Hook.OUTPUT, udp(DNS, 53), TestContext.of(null, "lo"), new Counters()).nat() != null);
        // tcp packets do not reach the statistic match (-p udp fails first) and do not advance it
        Counters d = new Counters();
        Evaluator.evaluate(t, Hook.OUTPUT, Packet.tcp(1, C, 1, DNS, 53, TcpFlags.SYN, Payload.EMPTY), TestContext.of(null, "lo"), d);
        Evaluator.evaluate(t, Hook.OUTPUT, udp(DNS, 53), TestContext.of(null, "lo"), d);
        assertTrue(Evaluator.evaluate(t, Hook.OUTPUT, udp(DNS, 53), TestContext.of(null, "lo"), d).nat() != null);
    }

    @Test
    void statisticRandomUsesTheContextRandomSource() {
        Table t = Ruleset.parse("*filter\n-A INPUT -m statistic --mode random --probability 0.25 -j DROP\nCOMMIT\n")
                .table(TableKind.FILTER).orElseThrow();
        Counters c = new Counters();
        int drops = 0;
        TestContext ctx = TestContext.of("eth0", null);
        for (int i = 0; i < 4000; i++) {
            if (Evaluator.evaluate(t, Hook.INPUT, udp(C, 1), ctx, c).verdict() == Verdict.DROP) {
                drops++;
            }
        }
        assertTrue(drops > 850 && drops < 1150, "drops " + drops);
        assertEquals(drops, c.rule("filter", "INPUT", 1).packets());
    }

    @Test
    void tablesAtAHookRunInPriorityOrder() {
        Ruleset rs = Ruleset.parse("*filter\nCOMMIT\n*nat\nCOMMIT\n*mangle\nCOMMIT\n*raw\nCOMMIT\n");
        assertEquals(List.of("raw", "mangle", "nat"), rs.tablesAt(Hook.PREROUTING).stream().map(Table::name).toList());
        assertEquals(List.of("mangle", "filter", "nat"), rs.tablesAt(Hook.INPUT).stream().map(Table::name).toList());
        assertEquals(List.of("mangle", "nat"), rs.tablesAt(Hook.POSTROUTING).stream().map(Table::name).toList());
    }
}
