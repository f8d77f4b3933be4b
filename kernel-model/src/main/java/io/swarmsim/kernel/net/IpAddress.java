package io.swarmsim.kernel.net;

import java.util.Arrays;

/**
 * An immutable IPv4 or IPv6 address. IPv4 is 4 bytes, IPv6 16 bytes, network byte order.
 * Parsing is done by hand (no {@code InetAddress}) so that it can never touch a resolver.
 */
public final class IpAddress implements Comparable<IpAddress> {
    private final byte[] bytes;
    /** {@link Arrays#hashCode(byte[])} of the bytes: the input of modelled flow hashes, see {@link #flowHash()}. */
    private final int flowHash;
    /** A well-mixed hash for tables: the bytes' own hash puts a /16's 65,536 addresses in about 8,000 values. */
    private final int hash;
    /** The IPv4 value (0 for IPv6), kept because prefix matching reads it for every rule. */
    private final int v4;

    private IpAddress(byte[] bytes) {
        this.bytes = bytes;
        this.flowHash = Arrays.hashCode(bytes);
        this.hash = mix(flowHash);
        this.v4 = bytes.length == 4
                ? ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff) : 0;
    }

    public static IpAddress ofBytes(byte[] bytes) {
        if (bytes.length != 4 && bytes.length != 16) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes, not " + bytes.length);
        }
        return new IpAddress(bytes.clone());
    }

    public static IpAddress v4(int value) {
        return new IpAddress(new byte[] {
            (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    public static IpAddress v4(int a, int b, int c, int d) {
        return v4((a << 24) | (b << 16) | (c << 8) | d);
    }

    /** Parses dotted-quad IPv4 or RFC 4291 text IPv6; throws {@link IllegalArgumentException} otherwise. */
    public static IpAddress parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty address");
        }
        return text.indexOf(':') >= 0 ? parseV6(text) : v4(parseV4(text));
    }

    /** Returns true if {@code text} is a valid address. */
    public static boolean isValid(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!hex && c != '.' && c != ':') {
                return false; // a name: no exception needed to say so
            }
        }
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int parseV4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        int value = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    private static IpAddress parseV6(String text) {
        int dbl = text.indexOf("::");
        if (dbl >= 0 && text.indexOf("::", dbl + 1) >= 0) {
            throw new IllegalArgumentException("not an IPv6 address: " + text);
        }
        String head = dbl >= 0 ? text.substring(0, dbl) : text;
        String tail = dbl >= 0 ? text.substring(dbl + 2) : "";
        int[] h = groups(head, text);
        int[] t = groups(tail, text);
        int total = h.length + t.length;
        if ((dbl < 0 && total != 8) || (dbl >= 0 && total > 7)) {
            throw new IllegalArgumentException("not an IPv6 address: " + text);
        }
        byte[] b = new byte[16];
        for (int i = 0; i < h.length; i++) {
            b[2 * i] = (byte) (h[i] >>> 8);
            b[2 * i + 1] = (byte) h[i];
        }
        for (int i = 0; i < t.length; i++) {
            int g = 8 - t.length + i;
            b[2 * g] = (byte) (t[i] >>> 8);
            b[2 * g + 1] = (byte) t[i];
        }
        return new IpAddress(b);
    }

    private static int[] groups(String part, String whole) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] g = part.split(":", -1);
        int[] out = new int[g.length];
        for (int i = 0; i < g.length; i++) {
            if (g[i].isEmpty() || g[i].length() > 4) {
                throw new IllegalArgumentException("not an IPv6 address: " + whole);
            }
            try {
                out[i] = Integer.parseInt(g[i], 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IPv6 address: " + whole);
            }
        }
        return out;
    }

    public boolean isV4() {
        return bytes.length == 4;
    }

    public boolean isV6() {
        return bytes.length == 16;
    }

    /** Bit length: 32 or 128. */
    public int bits() {
        return bytes.length * 8;
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** The address as an unsigned 32-bit value held in an int; IPv4 only. */
    public int toInt() {
        if (!isV4()) {
            throw new IllegalStateException("not IPv4: " + this);
        }
        return v4;
    }

    /** Bit {@code i} counted from the most significant bit (0). */
    public boolean bit(int i) {
        return ((bytes[i >>> 3] >>> (7 - (i & 7))) & 1) != 0;
    }

    /** Number of leading bits this address shares with {@code other} (same family). */
    public int commonPrefixLength(IpAddress other) {
        if (other.bytes.length != bytes.length) {
            throw new IllegalArgumentException("different families: " + this + " and " + other);
        }
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            int x = (bytes[i] ^ other.bytes[i]) & 0xff;
            if (x == 0) {
                n += 8;
            } else {
                return n + Integer.numberOfLeadingZeros(x) - 24;
            }
        }
        return n;
    }

    public boolean isLoopback() {
        if (isV4()) {
            return (bytes[0] & 0xff) == 127;
        }
        for (int i = 0; i < 15; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[15] == 1;
    }

    public boolean isLinkLocal() {
        if (isV4()) {
            return (bytes[0] & 0xff) == 169 && (bytes[1] & 0xff) == 254;
        }
        return (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0x80;
    }

    /** The IPv4-mapped IPv6 form {@code ::ffff:a.b.c.d} of an IPv4 address; IPv6 is returned unchanged. */
    public IpAddress toV4Mapped() {
        if (isV6()) {
            return this;
        }
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(bytes, 0, b, 12, 4);
        return new IpAddress(b);
    }

    @Override
    public int compareTo(IpAddress o) {
        if (bytes.length != o.bytes.length) {
            return Integer.compare(bytes.length, o.bytes.length);
        }
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof IpAddress other && hash == other.hash && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * A stable hash of the address for the model's own flow hashes (VXLAN source ports, TCP initial
     * sequence numbers), which appear in output and so must not change when table hashing does.
     */
    public int flowHash() {
        return flowHash;
    }

    /** MurmurHash3's 32-bit finaliser. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** Dotted quad, or RFC 5952 canonical IPv6 text (lower case, longest zero run compressed). */
    @Override
    public String toString() {
        if (isV4()) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
