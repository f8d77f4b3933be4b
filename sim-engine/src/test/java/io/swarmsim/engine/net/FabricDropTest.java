package io.swarmsim.engine.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netns.Neighbour;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The drops the fabric itself decides, provoked with crafted packets written from a node's host
 * namespace in vote.yaml's dnsrr cluster (node1 192.168.99.101, node2 192.168.99.102).
 */
class FabricDropTest {
    private static final IpAddress NODE1 = IpAddress.parse("192.168.99.101");
    private static final IpAddress NODE2 = IpAddress.parse("192.168.99.102");

    private final List<TraceEvent> events = new ArrayList<>();

    private Simulation sim() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        Simulation sim = new Simulation(s, s.servicesFor(s.experiment("dnsrr").orElseThrow()), 1);
        sim.subscribe(events::add, TraceLevel.FULL);
        return sim;
    }

    private static void drain(Simulation sim) {
        for (int i = 0; i < 100_000 && sim.step(); i++) {
            // run until nothing is left
        }
    }

    /** The events of {@code id}, in order. */
    private List<TraceEvent> of(long id) {
        return events.stream().filter(e -> e.traceId() == id).toList();
    }

    private static TraceEvent.Drop onlyDrop(List<TraceEvent> events) {
        List<TraceEvent> drops = events.stream().filter(e -> e.kind() == TraceEvent.Kind.DROP).toList();
        assertEquals(1, drops.size(), events.toString());
        return (TraceEvent.Drop) drops.get(0);
    }

    @Test
    void aVxlanPacketForAVniNobodyServesIsDroppedAsUnknownVni() throws Exception {
        Simulation sim = sim();
        NetNamespace node1 = sim.namespaceOf("node1").orElseThrow();
        long id = new PacketIds(900).next();
        Packet inner = Packet.udp(id, IpAddress.parse("10.9.9.1"), 5000, IpAddress.parse("10.9.9.2"), 5000, Payload.ofBytes(new byte[8]));
        Frame frame = Frame.ip(MacAddress.parse("02:42:0a:09:09:01"), MacAddress.parse("02:42:0a:09:09:02"), inner);
        sim.fabric().send(node1, Packet.udp(id, NODE1, 40000, NODE2, 4789, new VxlanPayload(4242, frame)));
        drain(sim);

        List<TraceEvent> trace = of(id);
        TraceEvent.Drop drop = onlyDrop(trace);
        assertEquals(DropReason.UNKNOWN_VNI, drop.reason());
        assertEquals("node2", drop.at().netns());
        assertTrue(drop.detail().contains("vni 4242"), drop.detail());
        assertNotNull(drop.packet());
        assertEquals(drop, trace.get(trace.size() - 1), "the drop ends the packet's trace");
        assertFalse(trace.stream().anyMatch(e -> e.kind() == TraceEvent.Kind.VXLAN), "nothing decapsulated it");
    }

    @Test
    void aFrameForAMacNoHostHasIsDroppedAsUnknownMac() throws Exception {
        Simulation sim = sim();
        NetNamespace node1 = sim.namespaceOf("node1").orElseThrow();
        IpAddress ghost = IpAddress.parse("192.168.99.150");
        MacAddress nobody = MacAddress.parse("02:00:00:00:00:99");
        node1.neighbour(new Neighbour(ghost, "eth0", nobody, Neighbour.State.PERMANENT));
        long id = new PacketIds(901).next();
        sim.fabric().send(node1, Packet.udp(id, NODE1, 40000, ghost, 9, Payload.ofBytes(new byte[8])));
        drain(sim);

        List<TraceEvent> trace = of(id);
        TraceEvent.Drop drop = onlyDrop(trace);
        assertEquals(DropReason.UNKNOWN_MAC, drop.reason());
        assertEquals("node1/eth0", drop.at().toString());
        assertTrue(drop.detail().contains(nobody.toString()), drop.detail());
        assertEquals(drop, trace.get(trace.size() - 1), "the drop ends the packet's trace");
        assertFalse(trace.stream().anyMatch(e -> e.kind() == TraceEvent.Kind.FRAME_RECEIVED), "no host received it");
    }
}
