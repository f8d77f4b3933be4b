package io.swarmsim.kernel.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Neighbour resolution when nobody answers: three probes a second apart, a short queue, then FAILED. */
class ArpResolutionTest {
    private static final long S = 1_000_000_000L;

    private static List<Effect> send(NetNamespace ns, long at, int id) {
        return ns.path().output(Packet.udp(id, IpAddress.parse("10.0.0.1"), 4000, IpAddress.parse("10.0.0.9"), 53, Payload.EMPTY), at,
                TraceSink.NONE);
    }

    private static long arps(List<Effect> effects) {
        return effects.stream().filter(e -> e instanceof Effect.Emit em && em.frame().isArp()).count();
    }

    @Test
    void unansweredArpIsRetriedThenFails() {
        NetNamespace ns = new NetNamespace("a", 40000);
        ns.addDevice("eth0", NetDevice.Kind.VETH, new MacAddress(0x020000000001L), 1500, null, null);
        ns.addAddress(InterfaceAddress.of("10.0.0.1/24", "eth0"));
        assertEquals(1, arps(send(ns, 0, 1)), "first packet asks");
        assertEquals(0, arps(send(ns, S / 2, 2)), "within a second the packet just waits");
        assertEquals(1, arps(send(ns, S + 1, 3)), "a second later: second probe");
        List<Effect> fourth = send(ns, S + 2, 4);
        assertTrue(fourth.stream().anyMatch(e -> e instanceof Effect.Drop d && d.reason().contains("unres_qlen")), "queue holds 3");
        assertEquals(1, arps(send(ns, 2 * S + 2, 5)), "third probe");
        List<Effect> failed = send(ns, 3 * S + 3, 6);
        assertEquals(0, arps(failed));
        assertTrue(failed.stream().allMatch(e -> e instanceof Effect.Drop d && d.reason().contains("FAILED")
                || e instanceof Effect.HostUnreachable u && u.packet().src().equals(IpAddress.parse("10.0.0.1"))), failed.toString());
        assertEquals(4, failed.stream().filter(e -> e instanceof Effect.HostUnreachable).count(), "every sender still queued hears EHOSTUNREACH");
        assertEquals(Neighbour.State.FAILED, ns.neighbour("eth0", IpAddress.parse("10.0.0.9")).orElseThrow().state());
        assertEquals(1, arps(send(ns, 3 * S + 4, 7)), "after FAILED a new packet starts a new resolution");
    }

    @Test
    void theNeighbourTimerProbesAndFailsWithoutNewPackets() {
        NetNamespace ns = new NetNamespace("a", 40000);
        ns.addDevice("eth0", NetDevice.Kind.VETH, new MacAddress(0x020000000001L), 1500, null, null);
        ns.addAddress(InterfaceAddress.of("10.0.0.1/24", "eth0"));
        IpAddress hop = IpAddress.parse("10.0.0.9");
        List<Effect> first = send(ns, 0, 1);
        assertEquals(1, arps(first));
        assertTrue(first.contains(new Effect.NeighbourTimer("eth0", hop, S)), first.toString());
        assertEquals(List.of(), ns.link().neighbourTimer("eth0", hop, S / 2, TraceSink.NONE), "a timer before its second does nothing");
        List<Effect> second = ns.link().neighbourTimer("eth0", hop, S, TraceSink.NONE);
        assertEquals(1, arps(second), "second probe");
        assertTrue(second.contains(new Effect.NeighbourTimer("eth0", hop, S)), second.toString());
        assertEquals(1, arps(ns.link().neighbourTimer("eth0", hop, 2 * S, TraceSink.NONE)), "third probe");
        List<Effect> failed = ns.link().neighbourTimer("eth0", hop, 3 * S, TraceSink.NONE);
        assertEquals(2, failed.size(), failed.toString());
        assertTrue(failed.get(0) instanceof Effect.Drop d && d.traceId() == 1 && d.why() == io.swarmsim.kernel.trace.DropReason.ARP_FAILED,
                failed.toString());
        assertTrue(failed.get(1) instanceof Effect.HostUnreachable u && u.packet().traceId() == 1, "the local sender hears EHOSTUNREACH");
        assertEquals(Neighbour.State.FAILED, ns.neighbour("eth0", hop).orElseThrow().state());
        assertEquals(List.of(), ns.link().neighbourTimer("eth0", hop, 4 * S, TraceSink.NONE), "nothing waits any more");
    }
}
