package io.swarmsim.kernel.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A frame a bridge or vxlan device cannot send anywhere ends in a Drop event, not in silence. */
class LinkLayerDropTest {
    private static final MacAddress A = MacAddress.parse("02:42:0a:00:00:02");
    private static final MacAddress B = MacAddress.parse("02:42:0a:00:00:03");

    /** A bridge br0 with one port veth0, and (not a port) a vxlan device. */
    private static NetNamespace bridge() {
        NetNamespace ns = new NetNamespace("sbox", 40000);
        ns.addDevice("br0", NetDevice.Kind.BRIDGE, MacAddress.parse("02:42:0a:00:00:01"), 1450, null, null);
        ns.addDevice("veth0", NetDevice.Kind.VETH, MacAddress.parse("02:42:0a:00:01:02"), 1450, "c/eth0", null);
        ns.setMaster("veth0", "br0");
        return ns;
    }

    private static Packet packet() {
        return Packet.udp(7, IpAddress.parse("10.0.0.2"), 4000, IpAddress.parse("10.0.0.3"), 53, Payload.EMPTY);
    }

    private static List<TraceEvent.Drop> drops(NetNamespace ns, String device, Frame f) {
        List<TraceEvent.Drop> seen = new ArrayList<>();
        List<Effect> out = ns.link().receive(device, f, 0, e -> {
            if (e instanceof TraceEvent.Drop d) {
                seen.add(d);
            }
        });
        assertEquals(seen.size(), out.stream().filter(e -> e instanceof Effect.Drop).count(), "one Drop effect per Drop event");
        assertTrue(out.stream().allMatch(e -> e instanceof Effect.Drop), out.toString());
        return seen;
    }

    @Test
    void aFrameForAnUnknownMacOnABridgeWithNoOtherPortIsDropped() {
        List<TraceEvent.Drop> d = drops(bridge(), "veth0", Frame.ip(A, B, packet()));
        assertEquals(1, d.size(), d.toString());
        assertEquals(DropReason.BRIDGE_NO_PORT, d.get(0).reason());
        assertEquals("sbox/br0", d.get(0).at().toString());
        assertEquals(7, d.get(0).traceId());
    }

    @Test
    void aFrameWhoseDestinationIsOnItsIngressPortIsNotSentBack() {
        NetNamespace ns = bridge();
        ns.addDevice("veth1", NetDevice.Kind.VETH, MacAddress.parse("02:42:0a:00:01:03"), 1450, "d/eth0", null);
        ns.setMaster("veth1", "br0");
        ns.fdb(new FdbEntry(B, "veth0", "br0", null, false, false));
        List<TraceEvent.Drop> d = drops(ns, "veth0", Frame.ip(A, B, packet()));
        assertEquals(1, d.size(), d.toString());
        assertEquals(DropReason.BRIDGE_NO_PORT, d.get(0).reason());
        assertTrue(d.get(0).detail().contains("veth0"), d.get(0).detail());
    }

    @Test
    void aBroadcastIpFrameOnAVxlanDeviceHasNoFdbEntryToGoTo() {
        NetNamespace ns = bridge();
        ns.addDevice("vxlan1", NetDevice.Kind.VXLAN, MacAddress.parse("02:42:0a:00:00:fe"), 1450, null,
                VxlanConfig.docker(256, IpAddress.parse("192.168.99.101"), "host"));
        ns.setMaster("vxlan1", "br0");
        List<TraceEvent.Drop> d = drops(ns, "veth0", Frame.ip(A, Frame.BROADCAST, packet()));
        // the bridge floods to vxlan1 (dropped there) and delivers to br0 itself, which has no address: nothing listens
        assertTrue(d.stream().anyMatch(x -> x.reason() == DropReason.FDB_MISS && x.at().toString().equals("sbox/vxlan1")), d.toString());
    }

    @Test
    void withTracingOffTheDropsAreStillEffects() {
        List<Effect> out = bridge().link().receive("veth0", Frame.ip(A, B, packet()), 0, TraceSink.NONE);
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0) instanceof Effect.Drop x && x.why() == DropReason.BRIDGE_NO_PORT, out.toString());
    }
}
