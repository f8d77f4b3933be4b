package io.swarmsim.kernel.net;

/** A 48-bit Ethernet address. */
public record MacAddress(long value) {
    public MacAddress {
        if ((value >>> 48) != 0) {
            throw new IllegalArgumentException("MAC has 48 bits");
        }
    }

    /** Docker's rule (netutils.GenerateMACFromIP): 02:42 followed by the four IPv4 bytes. */
    public static MacAddress fromIpv4(IpAddress ip) {
        return new MacAddress((0x0242L << 32) | (ip.toInt() & 0xffffffffL));
    }

    public static MacAddress parse(String text) {
        String[] p = text.split(":", -1);
        if (p.length != 6) {
            throw new IllegalArgumentException("not a MAC address: " + text);
        }
        long v = 0;
        for (String s : p) {
            if (s.length() != 2) {
                throw new IllegalArgumentException("not a MAC address: " + text);
            }
            v = (v << 8) | Integer.parseInt(s, 16);
        }
        return new MacAddress(v);
    }

    /** The EUI-64 link-local IPv6 address the kernel derives from this MAC (fe80::42:aff:fe00:2 for 02:42:0a:00:00:02). */
    public IpAddress linkLocal() {
        byte[] m = toBytes();
        byte[] b = new byte[16];
        b[0] = (byte) 0xfe;
        b[1] = (byte) 0x80;
        b[8] = (byte) (m[0] ^ 0x02);
        b[9] = m[1];
        b[10] = m[2];
        b[11] = (byte) 0xff;
        b[12] = (byte) 0xfe;
        b[13] = m[3];
        b[14] = m[4];
        b[15] = m[5];
        return IpAddress.ofBytes(b);
    }

    public byte[] toBytes() {
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (value >>> (40 - 8 * i));
        }
        return b;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(String.format(java.util.Locale.ROOT, "%02x", (value >>> (40 - 8 * i)) & 0xff));
        }
        return sb.toString();
    }
}
