package io.swarmsim.engine.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.VxlanPayload;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random TCP/UDP/ICMP packets, some inside VXLAN, written to pcap: every IPv4 header and
 * transport checksum recomputed here from the bytes must verify, and the header fields must read
 * back as the packet says.
 */
class ChecksumPropertyTest {
    private static final long SEED = 0x5eed_cafeL;
    private static final int CASES = 600;

    @Test
    void everyChecksumInEveryRandomFrameVerifies() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<PcapRecord> records = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Frame f = randomFrame(rnd, i);
            if (rnd.nextInt(4) == 0) {
                Packet outer = Packet.udp(i, randomV4(rnd), 1024 + rnd.nextInt(60000), randomV4(rnd),
                        VxlanPayload.PORT, new VxlanPayload(rnd.nextInt(1 << 24), f));
                f = Frame.ip(randomMac(rnd), randomMac(rnd), outer);
            }
            records.add(new PcapRecord(rnd.nextLong(1L << 40), f));
        }
        List<WireCheck.Rec> recs = WireCheck.records(new PcapWriter(1469613600L).toBytes(records));
        assertEquals(CASES, recs.size());
        for (int i = 0; i < CASES; i++) {
            String label = "seed " + SEED + " case " + i + ": " + records.get(i).frame().summary();
            checkFrame(recs.get(i).data(), 0, records.get(i).frame(), label);
        }
    }

    @Test
    void aSingleFlippedBitIsCaught() {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        for (int i = 0; i < 200; i++) {
            Frame f = randomFrame(rnd, i);
            byte[] d = PcapWriter.encode(f);
            int at = 14 + rnd.nextInt(d.length - 14);
            d[at] ^= (byte) (1 << rnd.nextInt(8));
            boolean headerByte = at < 14 + 20;
            boolean caught = headerByte ? !WireCheck.ipHeaderVerifies(d, 14)
                                        : !WireCheck.transportVerifies(d, 14);
            assertTrue(caught, "flip at byte " + at + " of " + f.summary());
        }
    }

    private static void checkFrame(byte[] d, int eth, Frame f, String label) {
        assertEquals(0x0800, WireCheck.u16(d, eth + 12), label);
        int ip = eth + 14;
        Packet p = f.packet();
        assertTrue(WireCheck.ipHeaderVerifies(d, ip), "IPv4 header checksum, " + label);
        assertTrue(WireCheck.transportVerifies(d, ip), p.protocol() + " checksum, " + label);
        assertEquals(p.length(), WireCheck.u16(d, ip + 2), "total length, " + label);
        assertEquals(p.ttl(), d[ip + 8] & 0xff, label);
        assertEquals(p.protocol().number(), d[ip + 9] & 0xff, label);
        assertArrayEquals(p.src().toBytes(), java.util.Arrays.copyOfRange(d, ip + 12, ip + 16), label);
        assertArrayEquals(p.dst().toBytes(), java.util.Arrays.copyOfRange(d, ip + 16, ip + 20), label);
        int l4 = ip + 20;
        switch (p.protocol()) {
            case TCP -> {
                assertEquals(p.sport(), WireCheck.u16(d, l4), label);
                assertEquals(p.dport(), WireCheck.u16(d, l4 + 2), label);
                assertEquals(p.tcpFlags(), d[l4 + 13] & 0xff, label);
                int flags = p.tcpFlags();
                int offset = (flags & io.swarmsim.kernel.packet.TcpFlags.SYN) != 0 ? 10
                        : (flags & io.swarmsim.kernel.packet.TcpFlags.RST) != 0 ? 5 : 8;
                assertEquals(offset, (d[l4 + 12] & 0xff) >>> 4, "data offset 40 bytes on SYN, 20 on RST, 32 otherwise, " + label);
            }
            case UDP -> {
                assertEquals(p.sport(), WireCheck.u16(d, l4), label);
                assertEquals(p.dport(), WireCheck.u16(d, l4 + 2), label);
                assertEquals(p.length() - 20, WireCheck.u16(d, l4 + 4), "UDP length, " + label);
            }
            case ICMP -> {
                assertEquals(p.icmpType(), d[l4] & 0xff, label);
                assertEquals(p.sport(), WireCheck.u16(d, l4 + 4), "echo id, " + label);
                assertEquals(p.dport(), WireCheck.u16(d, l4 + 6), "echo seq, " + label);
            }
        }
        if (p.payload() instanceof VxlanPayload v) {
            int vx = l4 + 8;
            assertEquals(0x08, d[vx] & 0xff, label);
            assertEquals(v.vni(), ((d[vx + 4] & 0xff) << 16) | ((d[vx + 5] & 0xff) << 8) | (d[vx + 6] & 0xff), label);
            checkFrame(d, vx + 8, v.inner(), "inner of " + label);
        }
        assertFalse(d.length < eth + f.length(), label);
    }

    private static Frame randomFrame(SplittableRandom rnd, long traceId) {
        Protocol proto = Protocol.values()[rnd.nextInt(Protocol.values().length)];
        byte[] data = new byte[rnd.nextInt(8) == 0 ? 0 : rnd.nextInt(1, 1461)];
        rnd.nextBytes(data);
        Payload payload = Payload.ofBytes(data);
        IpAddress src = randomV4(rnd);
        IpAddress dst = randomV4(rnd);
        int ttl = rnd.nextInt(1, 256);
        Packet p = switch (proto) {
            case TCP -> new Packet(traceId, src, dst, proto, rnd.nextInt(65536), rnd.nextInt(65536),
                    rnd.nextInt(0x20), 0, ttl, 0, payload, rnd.nextLong() & 0xffffffffL, rnd.nextLong() & 0xffffffffL,
                    rnd.nextLong() & 0xffffffffL, rnd.nextLong() & 0xffffffffL);
            case UDP -> new Packet(traceId, src, dst, proto, rnd.nextInt(65536), rnd.nextInt(65536),
                    0, 0, ttl, 0, payload, 0, 0, 0, 0);
            case ICMP -> new Packet(traceId, src, dst, proto, rnd.nextInt(65536), rnd.nextInt(65536),
                    0, rnd.nextBoolean() ? Packet.ICMP_ECHO_REQUEST : Packet.ICMP_ECHO_REPLY, ttl, 0, payload, 0, 0, 0, 0);
        };
        return Frame.ip(randomMac(rnd), randomMac(rnd), p);
    }

    private static IpAddress randomV4(SplittableRandom rnd) {
        return IpAddress.v4(rnd.nextInt());
    }

    private static MacAddress randomMac(SplittableRandom rnd) {
        return new MacAddress(rnd.nextLong(1L << 48));
    }
}
