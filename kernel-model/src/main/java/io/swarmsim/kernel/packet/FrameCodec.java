package io.swarmsim.kernel.packet;

import java.nio.ByteBuffer;

/**
 * Wire encoding of frames: Ethernet II, IPv4 (with header checksum), TCP, UDP and ICMP echo (with
 * their checksums), ARP. What pcap files and VXLAN payloads carry.
 */
public final class FrameCodec {
    private FrameCodec() {
    }

    public static byte[] encode(Frame f) {
        byte[] body = f.isArp() ? arp(f.arp()) : ipv4(f.packet());
        ByteBuffer b = ByteBuffer.allocate(Frame.HEADER + body.length);
        b.put(f.dst().toBytes()).put(f.src().toBytes()).putShort((short) f.etherType()).put(body);
        return b.array();
    }

    static byte[] arp(Arp a) {
        ByteBuffer b = ByteBuffer.allocate(Arp.LENGTH);
        b.putShort((short) 1).putShort((short) 0x0800).put((byte) 6).put((byte) 4);
        b.putShort((short) (a.op() == Arp.Op.REQUEST ? 1 : 2));
        b.put(a.senderMac().toBytes()).put(a.senderIp().toBytes()).put(a.targetMac().toBytes()).put(a.targetIp().toBytes());
        return b.array();
    }

    /** The IPv4 datagram with valid checksums. */
    public static byte[] ipv4(Packet p) {
        byte[] l4 = transport(p);
        ByteBuffer b = ByteBuffer.allocate(20 + l4.length);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + l4.length));
        if (p.payload() instanceof VxlanPayload v) {
            // vxlan_xmit_one: df unset by default, so DF clear, and the tunnel's own identification
            b.putShort((short) v.outerIpId()).putShort((short) 0);
        } else {
            b.putShort((short) (p.traceId() & 0xffff)).putShort((short) 0x4000);
        }
        b.put((byte) p.ttl()).put((byte) p.protocol().number()).putShort((short) 0);
        b.put(p.src().toBytes()).put(p.dst().toBytes());
        byte[] out = b.array();
        int sum = checksum(out, 0, 20, 0);
        out[10] = (byte) (sum >>> 8);
        out[11] = (byte) sum;
        System.arraycopy(l4, 0, out, 20, l4.length);
        return out;
    }

    private static byte[] transport(Packet p) {
        byte[] payload = p.payload().encode();
        ByteBuffer b;
        int csumAt;
        switch (p.protocol()) {
            case TCP -> {
                boolean syn = (p.tcpFlags() & TcpFlags.SYN) != 0;
                int header = p.transportHeaderLength();
                b = ByteBuffer.allocate(header + payload.length);
                b.putShort((short) p.sport()).putShort((short) p.dport());
                b.putInt((int) p.seq()).putInt((p.tcpFlags() & TcpFlags.ACK) != 0 ? (int) p.ack() : 0);
                b.put((byte) ((header / 4) << 4)).put((byte) p.tcpFlags()).putShort((short) (syn ? 64240 : 502)).putShort((short) 0)
                        .putShort((short) 0);
                if (syn) {
                    // Linux SYN options: MSS 1410 (the overlay's 1450 MTU less 40), SACK permitted, timestamps, NOP, window scale 7
                    b.put((byte) 2).put((byte) 4).putShort((short) 1410).put((byte) 4).put((byte) 2)
                            .put((byte) 8).put((byte) 10).putInt((int) p.tsval()).putInt((int) p.tsecr()).put((byte) 1).put((byte) 3).put((byte) 3).put((byte) 7);
                } else if (header > 20) {
                    // NOP, NOP, timestamps (kind 8, length 10); a RST has no options
                    b.put((byte) 1).put((byte) 1).put((byte) 8).put((byte) 10).putInt((int) p.tsval()).putInt((int) p.tsecr());
                }
                b.put(payload);
                csumAt = 16;
            }
            case UDP -> {
                b = ByteBuffer.allocate(8 + payload.length);
                b.putShort((short) p.sport()).putShort((short) p.dport()).putShort((short) (8 + payload.length)).putShort((short) 0);
                b.put(payload);
                csumAt = 6;
            }
            default -> {
                b = ByteBuffer.allocate(8 + payload.length);
                if (p.isIcmpError()) {
                    b.put((byte) p.icmpType()).put((byte) p.dport()).putShort((short) 0).putInt(0);
                } else {
                    b.put((byte) p.icmpType()).put((byte) 0).putShort((short) 0).putShort((short) p.sport()).putShort((short) p.dport());
                }
                b.put(payload);
                byte[] out = b.array();
                int sum = checksum(out, 0, out.length, 0);
                out[2] = (byte) (sum >>> 8);
                out[3] = (byte) sum;
                return out;
            }
        }
        byte[] out = b.array();
        int pseudo = pseudoHeaderSum(p, out.length);
        int sum = checksum(out, 0, out.length, pseudo);
        if (p.protocol() == Protocol.UDP && sum == 0) {
            sum = 0xffff;
        }
        out[csumAt] = (byte) (sum >>> 8);
        out[csumAt + 1] = (byte) sum;
        return out;
    }

    private static int pseudoHeaderSum(Packet p, int length) {
        byte[] s = p.src().toBytes();
        byte[] d = p.dst().toBytes();
        int sum = 0;
        for (int i = 0; i < 4; i += 2) {
            sum += ((s[i] & 0xff) << 8) | (s[i + 1] & 0xff);
            sum += ((d[i] & 0xff) << 8) | (d[i + 1] & 0xff);
        }
        return sum + p.protocol().number() + length;
    }

    /** The Internet checksum (RFC 1071) of {@code len} bytes, starting from a partial sum. */
    static int checksum(byte[] data, int off, int len, int initial) {
        long sum = initial;
        for (int i = 0; i + 1 < len; i += 2) {
            sum += ((data[off + i] & 0xff) << 8) | (data[off + i + 1] & 0xff);
        }
        if ((len & 1) != 0) {
            sum += (data[off + len - 1] & 0xff) << 8;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }
}
