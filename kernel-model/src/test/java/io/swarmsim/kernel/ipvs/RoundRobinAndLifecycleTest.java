package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.swarmsim.kernel.ipvs.Pkts.ACK;
import static io.swarmsim.kernel.ipvs.Pkts.FIN;
import static io.swarmsim.kernel.ipvs.Pkts.SECOND;
import static io.swarmsim.kernel.ipvs.Pkts.SYN;
import static io.swarmsim.kernel.ipvs.Pkts.SYNACK;
import static io.swarmsim.kernel.ipvs.Pkts.ip;
import static io.swarmsim.kernel.ipvs.Pkts.tcp;
import static io.swarmsim.kernel.ipvs.Pkts.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundRobinAndLifecycleTest {
    static final ServiceKey FWM = ServiceKey.fwmark(279);

    static IpvsTable seedVip() {
        IpvsTable t = new IpvsTable();
        IpvsGoldenTest.fwmark(t, 279, "10.0.0.5", "10.0.0.6");
        return t;
    }

    static IpvsDecision connect(IpvsTable t, int sport, long now) {
        return t.process(tcp("10.0.0.2", sport, "10.0.0.4", 80, SYN, 279), now);
    }

    @Test
    void rrAlternatesPerNewConnectionWithReasons() {
        IpvsTable t = seedVip();
        List<String> picks = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            IpvsDecision d = connect(t, 40000 + i, 0);
            assertTrue(d.created());
            picks.add(d.packet().dst() + ":" + d.packet().dport());
            reasons.add(d.reason());
        }
        // kernel list order is newest first: 10.0.0.6 is at the head
        assertEquals(List.of("10.0.0.6:80", "10.0.0.5:80", "10.0.0.6:80", "10.0.0.5:80"), picks);
        assertEquals("rr: 10.0.0.6 is first after the list head in FWM 279", reasons.get(0));
        assertEquals("rr: 10.0.0.5 follows 10.0.0.6 in FWM 279", reasons.get(1));
        assertEquals("rr: 10.0.0.6 follows 10.0.0.5 in FWM 279", reasons.get(2));
    }

    @Test
    void existingConnectionKeepsItsDestination() {
        IpvsTable t = seedVip();
        IpvsDecision first = connect(t, 40000, 0);
        connect(t, 40001, 0);
        for (int i = 0; i < 5; i++) {
            IpvsDecision d = t.process(tcp("10.0.0.2", 40000, "10.0.0.4", 80, ACK, 279), i * SECOND);
            assertFalse(d.created());
            assertEquals(IpvsDecision.Direction.IN, d.direction());
            assertEquals(first.packet().dst(), d.packet().dst());
        }
        assertEquals(2, t.connections(5 * SECOND).size());
    }

    @Test
    void weightZeroGetsNoNewConnectionsButKeepsExistingOnes() {
        IpvsTable t = seedVip();
        IpvsDecision toSix = connect(t, 40000, 0);
        assertEquals("10.0.0.6", toSix.packet().dst().toString());
        t.editDestination(FWM, ip("10.0.0.6"), 0, 0, ForwardMethod.MASQ);
        for (int i = 1; i <= 5; i++) {
            IpvsDecision d = connect(t, 40000 + i, 0);
            assertEquals("10.0.0.5", d.packet().dst().toString());
            assertTrue(d.reason().contains("skipped 10.0.0.6 weight 0") || d.reason().contains("follows"), d.reason());
        }
        IpvsDecision again = t.process(tcp("10.0.0.2", 40000, "10.0.0.4", 80, ACK, 279), SECOND);
        assertEquals("10.0.0.6", again.packet().dst().toString());
        t.editDestination(FWM, ip("10.0.0.5"), 0, 0, ForwardMethod.MASQ);
        IpvsDecision none = connect(t, 41000, SECOND);
        assertEquals(IpvsDecision.Kind.DROP, none.kind());
        assertTrue(none.reason().startsWith("rr: no destination available in FWM 279"), none.reason());
    }

    @Test
    void deletedLastPickMovesTheCursorBack() {
        IpvsTable t = new IpvsTable();
        IpvsGoldenTest.fwmark(t, 279, "10.0.0.5", "10.0.0.6", "10.0.0.7"); // list: 7, 6, 5
        assertEquals("10.0.0.7", connect(t, 1, 0).packet().dst().toString());
        assertEquals("10.0.0.6", connect(t, 2, 0).packet().dst().toString());
        t.deleteDestination(FWM, ip("10.0.0.6"), 0);           // cursor moves to 7
        assertEquals("10.0.0.5", connect(t, 3, 0).packet().dst().toString());
        // the connection to the deleted destination still flows (expire_nodest_conn=0)
        assertEquals("10.0.0.6", t.process(tcp("10.0.0.2", 2, "10.0.0.4", 80, ACK, 279), 0).packet().dst().toString());
    }

    @Test
    void expireNodestConnDropsAndExpires() {
        IpvsTable t = seedVip();
        t.expireNodestConn(true);
        connect(t, 40000, 0);
        t.deleteDestination(FWM, ip("10.0.0.6"), 0);
        IpvsDecision d = t.process(tcp("10.0.0.2", 40000, "10.0.0.4", 80, ACK, 279), SECOND);
        assertEquals(IpvsDecision.Kind.DROP, d.kind());
        assertEquals(0, t.connections(SECOND).size());
    }

    @Test
    void masqReplyRestoresTheVirtualAddress() {
        IpvsTable t = seedVip();
        Packet syn = tcp("10.0.0.2", 40000, "10.0.0.4", 80, SYN, 279);
        IpvsDecision in = t.process(syn, 0);
        Packet reply = Pkts.replyFrom(syn, in.packet().dst(), in.packet().dport(), SYNACK);
        IpvsDecision out = t.process(reply, 0);
        assertEquals(IpvsDecision.Direction.OUT, out.direction());
        assertEquals("10.0.0.4", out.packet().src().toString());
        assertEquals(80, out.packet().sport());
        assertEquals(syn.src(), out.packet().dst());
        assertEquals(syn.sport(), out.packet().dport());
    }

    @Test
    void routeKeepsAddressesAndRepliesAreNotIpvs() {
        IpvsTable t = new IpvsTable();
        t.addService(FWM, "rr");
        t.addDestination(FWM, ip("10.0.0.5"), 0, 1, ForwardMethod.ROUTE);
        Packet syn = tcp("10.0.0.2", 40000, "10.0.0.4", 80, SYN, 279);
        IpvsDecision in = t.process(syn, 0);
        assertEquals(syn, in.packet());
        assertEquals("10.0.0.5", in.connection().destAddress().toString());
        IpvsDecision reply = t.process(tcp("10.0.0.4", 80, "10.0.0.2", 40000, SYNACK, 0), 0);
        assertEquals(IpvsDecision.Kind.PASS, reply.kind());
        // INPUT-ONLY table: the client's ACK establishes, its FIN goes to FIN_WAIT
        t.process(tcp("10.0.0.2", 40000, "10.0.0.4", 80, ACK, 279), 0);
        assertEquals(TcpState.ESTABLISHED, in.connection().tcpState());
        t.process(tcp("10.0.0.2", 40000, "10.0.0.4", 80, FIN, 279), 0);
        assertEquals(TcpState.FIN_WAIT, in.connection().tcpState());
    }

    @Test
    void nonSynWithoutEntryAndIcmpPass() {
        IpvsTable t = seedVip();
        assertEquals(IpvsDecision.Kind.PASS, t.process(tcp("10.0.0.2", 1, "10.0.0.4", 80, ACK, 279), 0).kind());
        Packet ping = Packet.icmpEcho(1, ip("10.0.0.2"), ip("10.0.0.4"), Packet.ICMP_ECHO_REQUEST, 7, 1,
                io.swarmsim.kernel.packet.Payload.EMPTY).withMark(279);
        assertEquals(IpvsDecision.Kind.PASS, t.process(ping, 0).kind());
        assertEquals(IpvsDecision.Kind.PASS, t.process(tcp("10.0.0.2", 1, "10.0.0.4", 80, SYN, 0), 0).kind());
        assertEquals(0, t.connections(0).size());
    }

    @Test
    void serviceFoundByAddressAndPortZeroFallback() {
        IpvsTable t = new IpvsTable();
        ServiceKey any = ServiceKey.of(Protocol.UDP, ip("10.0.0.4"), 0);
        t.addService(any, "lc");
        t.addDestination(any, ip("10.0.0.5"), 0, 1, ForwardMethod.MASQ);
        IpvsDecision d = t.process(udp("10.0.0.2", 5000, "10.0.0.4", 53, 10, 0), 0);
        assertTrue(d.created());
        assertEquals(53, d.packet().dport());
    }

    @Test
    void tcpStatesDriveActiveAndInactiveCounts() {
        IpvsTable t = seedVip();
        Packet syn = tcp("10.0.0.2", 40000, "10.0.0.4", 80, SYN, 279);
        IpvsDecision in = t.process(syn, 0);
        RealServer six = in.connection().server();
        assertEquals(TcpState.SYN_RECV, in.connection().tcpState());
        assertEquals(List.of(0, 1), List.of(six.activeConns(), six.inactConns()));
        t.process(Pkts.replyFrom(syn, six.address(), 80, SYNACK), 0);
        assertEquals(TcpState.SYN_RECV, in.connection().tcpState());
        t.process(tcp("10.0.0.2", 40000, "10.0.0.4", 80, ACK, 279), 0);
        assertEquals(TcpState.ESTABLISHED, in.connection().tcpState());
        assertEquals(List.of(1, 0), List.of(six.activeConns(), six.inactConns()));
        t.process(tcp("10.0.0.2", 40000, "10.0.0.4", 80, FIN, 279), 0);
        assertEquals(TcpState.CLOSE_WAIT, in.connection().tcpState());
        assertEquals(List.of(0, 1), List.of(six.activeConns(), six.inactConns()));
        t.process(Pkts.replyFrom(syn, six.address(), 80, FIN), 0);
        assertEquals(TcpState.TIME_WAIT, in.connection().tcpState());
        // TIME_WAIT lasts 120 s
        assertEquals(1, t.connections(119 * SECOND).size());
        assertEquals(0, t.connections(120 * SECOND).size());
        assertEquals(List.of(0, 0), List.of(six.activeConns(), six.inactConns()));
    }

    @Test
    void udpCountsAsInactive() {
        IpvsTable t = seedVip();
        IpvsDecision d = t.process(udp("10.0.0.2", 5000, "10.0.0.4", 53, 10, 279), 0);
        assertEquals("UDP", d.connection().stateName());
        assertNull(d.connection().tcpState());
        assertEquals(List.of(0, 1), List.of(d.connection().server().activeConns(), d.connection().server().inactConns()));
    }

    @Test
    void adminErrorsLikeIpvsadm() {
        IpvsTable t = seedVip();
        assertThrows(IllegalArgumentException.class, () -> t.addService(FWM, "rr"));
        assertThrows(IllegalArgumentException.class, () -> t.addService(ServiceKey.fwmark(1), "nope"));
        assertThrows(IllegalArgumentException.class, () -> t.addDestination(FWM, ip("10.0.0.5"), 0, 1, ForwardMethod.MASQ));
        assertThrows(IllegalArgumentException.class, () -> t.deleteDestination(FWM, ip("10.0.0.9"), 0));
        assertThrows(IllegalArgumentException.class, () -> t.editDestination(FWM, ip("10.0.0.5"), 0, -1, ForwardMethod.MASQ));
        t.deleteService(FWM);
        assertTrue(t.services().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> t.deleteService(FWM));
    }

    @Test
    void editServiceSwitchesScheduler() {
        IpvsTable t = seedVip();
        t.editService(FWM, "wlc");
        assertEquals("wlc", t.service(FWM).orElseThrow().schedulerName());
        assertTrue(connect(t, 1, 0).reason().startsWith("wlc: "));
    }
}
