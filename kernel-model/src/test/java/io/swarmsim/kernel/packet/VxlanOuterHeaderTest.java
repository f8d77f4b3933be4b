package io.swarmsim.kernel.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import org.junit.jupiter.api.Test;

/**
 * The outer IPv4 header of a VXLAN packet as the kernel's vxlan writes it (captured with tcpdump on a
 * veth underlay between two namespaces, read with tshark): DF clear and an identification of its own,
 * while the inner packet keeps DF set and its own identification.
 */
class VxlanOuterHeaderTest {
    private static final IpAddress NODE1 = IpAddress.parse("192.168.99.101");
    private static final IpAddress NODE2 = IpAddress.parse("192.168.99.102");

    @Test
    void theOuterHeaderHasDfClearAndTheTunnelsIdentification() {
        Packet inner = Packet.udp(0xeca3, IpAddress.parse("10.0.0.2"), 40000, IpAddress.parse("10.0.0.3"), 53, Payload.ofBytes(new byte[4]));
        Frame f = Frame.ip(new MacAddress(0x02420a000002L), new MacAddress(0x02420a000003L), inner);
        byte[] outer = FrameCodec.ipv4(Packet.udp(0xeca3, NODE1, 37954, NODE2, VxlanPayload.PORT, new VxlanPayload(256, f, 0x5f97)));
        assertEquals(0x5f97, ((outer[4] & 0xff) << 8) | (outer[5] & 0xff), "identification of the tunnel");
        assertEquals(0, outer[6] & 0x40, "DF clear");
        byte[] in = FrameCodec.ipv4(inner);
        assertEquals(0xeca3, ((in[4] & 0xff) << 8) | (in[5] & 0xff));
        assertEquals(0x40, in[6] & 0x40, "the inner packet keeps DF");
    }
}
