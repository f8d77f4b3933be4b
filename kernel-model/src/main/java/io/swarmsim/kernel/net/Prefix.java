package io.swarmsim.kernel.net;

/**
 * An address with a prefix length, as {@code ip addr} shows it ({@code 10.0.0.2/24}).
 * {@link #network()} is the prefix with host bits cleared.
 */
public record Prefix(IpAddress address, int length) {
    public Prefix {
        if (address == null) {
            throw new IllegalArgumentException("prefix without address");
        }
        if (length < 0 || length > address.bits()) {
            throw new IllegalArgumentException("prefix length " + length + " out of range 0-" + address.bits());
        }
    }

    /** Parses {@code a.b.c.d/n} or {@code a.b.c.d} (a host prefix). */
    public static Prefix parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            IpAddress a = IpAddress.parse(text);
            return new Prefix(a, a.bits());
        }
        IpAddress a = IpAddress.parse(text.substring(0, slash));
        String len = text.substring(slash + 1);
        if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("bad prefix length in " + text);
        }
        return new Prefix(a, Integer.parseInt(len));
    }

    public Prefix network() {
        byte[] b = address.toBytes();
        for (int i = length; i < b.length * 8; i++) {
            b[i >>> 3] &= (byte) ~(0x80 >>> (i & 7));
        }
        return new Prefix(IpAddress.ofBytes(b), length);
    }

    public boolean contains(IpAddress a) {
        if (a.bits() != address.bits()) {
            return false;
        }
        if (length == 0) {
            return true;
        }
        if (a.isV4()) {
            return ((a.toInt() ^ address.toInt()) >>> (32 - length)) == 0;
        }
        return address.commonPrefixLength(a) >= length;
    }

    public boolean overlaps(Prefix other) {
        return contains(other.address) || other.contains(address);
    }

    /** Number of addresses in an IPv4 prefix (2^(32-len)), capped at Long range. */
    public long size() {
        return 1L << Math.min(62, address.bits() - length);
    }

    /** The {@code n}th address of an IPv4 prefix, counting the network address as 0. */
    public IpAddress nth(long n) {
        if (!address.isV4() || n < 0 || n >= size()) {
            throw new IllegalArgumentException("no address " + n + " in " + this);
        }
        return IpAddress.v4(network().address.toInt() + (int) n);
    }

    /** The IPv4 netmask as an int (0 for /0). */
    public int maskV4() {
        return length == 0 ? 0 : 0xffffffff << (32 - length);
    }

    @Override
    public String toString() {
        return address + "/" + length;
    }
}
