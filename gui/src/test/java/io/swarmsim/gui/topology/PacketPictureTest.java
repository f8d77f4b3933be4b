package io.swarmsim.gui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.session.Session;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packets, drops and callouts at a cursor, without a window, on the seed's experiments. */
class PacketPictureTest {
    static TopologyLayout vipLayout;
    static List<TraceEvent> vip;
    static TopologyLayout dnsrrLayout;
    static List<TraceEvent> dnsrr;

    @BeforeAll
    static void run() throws Exception {
        Session s = Clusters.vote("vip", null);
        vipLayout = Clusters.layout(s);
        vip = Clusters.run(s);
        Session d = Clusters.vote("dnsrr", null);
        dnsrrLayout = Clusters.layout(d);
        dnsrr = Clusters.run(d);
    }

    @Test
    void everyKindOfPacketLooksItsOwn() {
        Set<Look.Kind> kinds = EnumSet.noneOf(Look.Kind.class);
        Set<String> tcp = new HashSet<>();
        boolean carried = false;
        for (List<TraceEvent> events : List.of(vip, dnsrr)) {
            for (TraceEvent e : events) {
                Look l = Look.of(e);
                if (l != null) {
                    kinds.add(l.kind());
                    if (l.kind() == Look.Kind.TCP) {
                        tcp.add(l.label());
                    }
                    carried |= l.kind() == Look.Kind.VXLAN && l.inner() != null && l.label().startsWith("VXLAN 257 · ");
                }
            }
        }
        assertEquals(EnumSet.of(Look.Kind.TCP, Look.Kind.DNS, Look.Kind.ICMP, Look.Kind.ARP, Look.Kind.VXLAN), kinds);
        assertTrue(tcp.containsAll(List.of("SYN", "SYN-ACK", "ACK", "data", "FIN")), tcp.toString());
        assertTrue(carried, "a VXLAN packet carries its inner packet");
    }

    @Test
    void aFrameIsOnItsLinkUntilReceivedThenRestsInTheReceiver() {
        int sent = indexOf(vip, e -> e instanceof TraceEvent.FrameSent f && !f.at().equals(f.to())
                && vip.get(vip.indexOf(e) + 1) instanceof TraceEvent.FrameReceived);
        TraceEvent.FrameSent f = (TraceEvent.FrameSent) vip.get(sent);
        Mark wire = mark(PacketPicture.at(vip, sent, vipLayout), "w" + sent);
        Route route = vipLayout.route(f.at(), f.to());
        assertEquals(Mark.Kind.WIRE, wire.kind());
        assertEquals(f, wire.event());
        assertEquals(route.at(0.5), wire.at(), "half way along its link");
        assertEquals(vipLayout.anchor(f.at()), wire.arrival().start(), "it came from where the packet rested");

        List<Mark> next = PacketPicture.at(vip, sent + 1, vipLayout);
        assertTrue(next.stream().noneMatch(m -> m.key().equals("w" + sent)), "no longer on the wire");
        Mark in = mark(next, "p" + Long.toHexString(f.traceId()));
        assertEquals(vip.get(sent + 1), in.event());
        assertEquals(vipLayout.anchor(vip.get(sent + 1).at()), in.at());
        assertEquals(in.at(), in.arrival().end(), "it arrives where it rests");
    }

    @Test
    void aDropShowsItsReasonWhereItHappenedForTheRestOfItsRequest() {
        int d = indexOf(vip, e -> e instanceof TraceEvent.Drop);
        TraceEvent.Drop drop = (TraceEvent.Drop) vip.get(d);
        Mark m = mark(PacketPicture.at(vip, d, vipLayout), "d" + d);
        assertEquals("drop: " + drop.reason(), m.text());
        assertEquals(vipLayout.anchor(drop.at()), m.at());
        long request = PacketIds.requestOf(drop.traceId());
        int end = d;
        while (end + 1 < vip.size() && PacketIds.requestOf(vip.get(end + 1).traceId()) == request) {
            end++;
        }
        assertNotNull(mark(PacketPicture.at(vip, end, vipLayout), "d" + d), "still there at the request's last event");
        if (end + 1 < vip.size()) {
            assertTrue(PacketPicture.at(vip, end + 1, vipLayout).stream().noneMatch(x -> x.key().equals("d" + d)), "gone with the next request");
        }
    }

    @Test
    void rewritesShowTheOldAndNewAddressAndPortWhereTheyHappen() {
        int n = indexOf(vip, e -> e instanceof TraceEvent.NatApplied);
        TraceEvent.NatApplied nat = (TraceEvent.NatApplied) vip.get(n);
        Mark m = PacketPicture.at(vip, n, vipLayout).stream().filter(x -> x.kind() == Mark.Kind.NAT).findFirst().orElseThrow();
        assertEquals("DNAT  " + nat.before().dst() + ":" + nat.before().dport() + " -> " + nat.after().dst() + ":" + nat.after().dport(), m.text());
        assertEquals("DNAT  127.0.0.11:53 -> 127.0.0.11:" + nat.after().dport(), m.text(), "Docker's embedded DNS rule");
        assertEquals(vipLayout.calloutPoint(nat.at().netns()), m.at());
        assertEquals(nat, m.event());
        int ipvs = indexOf(vip, e -> e instanceof TraceEvent.Ipvs v && v.step() == TraceEvent.IpvsStep.SCHEDULED);
        Mark pick = PacketPicture.at(vip, ipvs, vipLayout).stream().filter(x -> x.kind() == Mark.Kind.NAT).findFirst().orElseThrow();
        assertTrue(pick.text().matches("IPVS  10\\.0\\.0\\.\\d+:80 -> 10\\.0\\.0\\.[56]:80"), pick.text());
    }

    @Test
    void onlyTheCursorsRequestIsDrawnAndNothingAfterTheCursorMatters() {
        for (int k = 0; k < vip.size(); k += 37) {
            List<Mark> marks = PacketPicture.at(vip, k, vipLayout);
            long request = PacketIds.requestOf(vip.get(k).traceId());
            for (Mark m : marks) {
                assertEquals(request, PacketIds.requestOf(m.event().traceId()), "marks of the cursor's request only");
            }
            assertEquals(marks, PacketPicture.at(vip.subList(0, k + 1), k, vipLayout), "the future does not change the picture");
        }
        assertEquals(List.of(), PacketPicture.at(vip, -1, vipLayout));
    }

    @Test
    void everyMarkAtEveryCursorLiesInsideThePicture() {
        for (Object[] run : new Object[][] {{vip, vipLayout}, {dnsrr, dnsrrLayout}}) {
            @SuppressWarnings("unchecked")
            List<TraceEvent> events = (List<TraceEvent>) run[0];
            TopologyLayout l = (TopologyLayout) run[1];
            Box bounds = new Box(0, 0, l.width(), l.height());
            int wires = 0;
            for (int k = 0; k < events.size(); k += 2) { // every other cursor keeps the test quick
                for (Mark m : PacketPicture.at(events, k, l)) {
                    assertTrue(bounds.contains(m.at()), () -> m.key() + " inside at " + m.at());
                    if (m.kind() == Mark.Kind.NAT) {
                        assertTrue(m.at().x() - m.text().length() * TopologyLayout.CHAR >= 0, () -> m.text() + " fits on the left");
                    }
                    wires += m.kind() == Mark.Kind.WIRE ? 1 : 0;
                }
            }
            assertTrue(wires > 100, "frames were seen on the wires: " + wires);
        }
    }

    @Test
    void pingAndArpAndDnsAreDrawnAsTheirKinds() {
        Set<Look.Kind> seen = EnumSet.noneOf(Look.Kind.class);
        for (int k = 0; k < dnsrr.size(); k++) {
            for (Mark m : PacketPicture.at(dnsrr, k, dnsrrLayout)) {
                if (m.look() != null) {
                    seen.add(m.look().kind());
                }
            }
        }
        assertTrue(seen.containsAll(EnumSet.of(Look.Kind.ICMP, Look.Kind.ARP, Look.Kind.DNS, Look.Kind.TCP, Look.Kind.VXLAN)), seen.toString());
        assertFalse(seen.isEmpty());
    }

    private static Mark mark(List<Mark> marks, String key) {
        return marks.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no mark " + key + " in " + marks));
    }

    private static int indexOf(List<TraceEvent> events, java.util.function.Predicate<TraceEvent> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }
}
