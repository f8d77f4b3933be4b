package io.swarmsim.engine.pcap;

import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.VxlanPayload;

/**
 * What {@link io.swarmsim.kernel.packet.FrameCodec} can put on the wire: IPv4 only (the codec has
 * no IPv6 header), datagrams of at most 65535 bytes (the IPv4 total-length field), ports and ICMP
 * fields of 16 bits. Checked up front so a bad frame fails with its summary instead of producing
 * a corrupt capture. VXLAN inner frames are checked too.
 */
final class WireLimits {
    static final int MAX_IPV4_LENGTH = 0xffff;

    private WireLimits() {
    }

    static void requireEncodable(Frame frame) {
        if (frame.isArp()) {
            if (!frame.arp().senderIp().isV4() || !frame.arp().targetIp().isV4()) {
                throw new IllegalArgumentException("ARP for IPv4 only: " + frame.summary());
            }
            return;
        }
        Packet p = frame.packet();
        if (!p.src().isV4() || !p.dst().isV4()) {
            throw new IllegalArgumentException("pcap export encodes IPv4 only: " + frame.summary());
        }
        if (p.length() > MAX_IPV4_LENGTH) {
            throw new IllegalArgumentException("IPv4 datagram of " + p.length() + " bytes exceeds 65535: "
                    + frame.summary());
        }
        requireField("source port / ICMP id", p.sport(), 0xffff, frame);
        requireField("destination port / ICMP seq", p.dport(), 0xffff, frame);
        requireField("TTL", p.ttl(), 0xff, frame);
        requireField("ICMP type", p.icmpType(), 0xff, frame);
        requireField("TCP flags", p.tcpFlags(), 0xff, frame);
        if (p.payload() instanceof VxlanPayload v) {
            requireField("VNI", v.vni(), 0xffffff, frame);
            requireEncodable(v.inner());
        }
    }

    private static void requireField(String name, int value, int max, Frame frame) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " " + value + " out of range 0.." + max + ": " + frame.summary());
        }
    }
}
