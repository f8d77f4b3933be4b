package io.swarmsim.engine.pcap;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Test-side reading of pcap bytes and an independent RFC 1071 checksum. */
final class WireCheck {
    private WireCheck() {
    }

    record Rec(long seconds, long nanos, int inclLen, int origLen, byte[] data) {
    }

    /** Parses a little-endian nanosecond pcap as PcapWriter writes it. */
    static List<Rec> records(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt() != 0xa1b23c4d) {
            throw new AssertionError("bad magic");
        }
        b.position(24);
        List<Rec> out = new ArrayList<>();
        while (b.hasRemaining()) {
            long s = b.getInt() & 0xffffffffL;
            long ns = b.getInt() & 0xffffffffL;
            int incl = b.getInt();
            int orig = b.getInt();
            byte[] d = new byte[incl];
            b.get(d);
            out.add(new Rec(s, ns, incl, orig, d));
        }
        return out;
    }

    static int u16(byte[] d, int at) {
        return ((d[at] & 0xff) << 8) | (d[at + 1] & 0xff);
    }

    /** One's-complement sum of 16-bit words, folded (0..0xffff), not inverted. */
    static int onesSum(byte[] d, int off, int len, long initial) {
        long s = initial;
        for (int i = 0; i < len; i += 2) {
            int hi = d[off + i] & 0xff;
            int lo = i + 1 < len ? d[off + i + 1] & 0xff : 0;
            s += (hi << 8) | lo;
        }
        while (s > 0xffff) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) s;
    }

    /** True when the IPv4 header at {@code ip} has a valid checksum. */
    static boolean ipHeaderVerifies(byte[] d, int ip) {
        int ihl = (d[ip] & 0x0f) * 4;
        return onesSum(d, ip, ihl, 0) == 0xffff;
    }

    /** True when the TCP/UDP segment (pseudo header included) or ICMP message verifies. */
    static boolean transportVerifies(byte[] d, int ip) {
        int ihl = (d[ip] & 0x0f) * 4;
        int total = u16(d, ip + 2);
        int proto = d[ip + 9] & 0xff;
        int l4 = ip + ihl;
        int len = total - ihl;
        if (proto == 1) {
            return onesSum(d, l4, len, 0) == 0xffff;
        }
        if (proto == 17 && u16(d, l4 + 6) == 0) {
            return false; // we always fill the UDP checksum in
        }
        long pseudo = (long) u16(d, ip + 12) + u16(d, ip + 14) + u16(d, ip + 16) + u16(d, ip + 18) + proto + len;
        return onesSum(d, l4, len, pseudo) == 0xffff;
    }

    static byte[] hex(String s) {
        String h = s.replaceAll("\\s+", "");
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
