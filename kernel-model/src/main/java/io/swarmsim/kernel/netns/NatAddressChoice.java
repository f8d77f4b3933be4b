package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;

/**
 * The address a NAT target with an address range ({@code --to-destination a-b},
 * {@code --to-source a-b}) gives a new connection, as nf_nat_core's find_best_ips_proto picks it:
 * not the first address, but one chosen by a hash of the connection's addresses, so the same
 * client always lands on the same address. The hash is the kernel's jhash2 over the source
 * address (one 32-bit word and three zero words of {@code union nf_inet_addr}) with the
 * destination address as initial value, scaled onto the range (reciprocal_scale). The kernel
 * hashes the addresses as they lie in memory; this reads them as a little-endian machine does
 * (x86, arm64), where the model was checked against a real kernel.
 */
final class NatAddressChoice {
    private static final int JHASH_INITVAL = 0xdeadbeef;

    private NatAddressChoice() {
    }

    /** The address of [{@code min}, {@code max}] for a connection from {@code src} to {@code dst}. */
    static IpAddress pick(IpAddress min, IpAddress max, IpAddress src, IpAddress dst) {
        if (min.equals(max)) {
            return min;
        }
        int j = jhash2(new int[] {memory(src), 0, 0, 0}, memory(dst));
        long dist = (Integer.toUnsignedLong(max.toInt()) - Integer.toUnsignedLong(min.toInt()) + 1) & 0xffffffffL;
        long offset = (Integer.toUnsignedLong(j) * dist) >>> 32;
        return IpAddress.v4((int) (Integer.toUnsignedLong(min.toInt()) + offset));
    }

    /** An IPv4 address's four bytes, in network order, read as a 32-bit word on a little-endian machine. */
    private static int memory(IpAddress a) {
        return Integer.reverseBytes(a.toInt());
    }

    /** include/linux/jhash.h: jhash2(k, length, initval). */
    static int jhash2(int[] k, int initval) {
        int length = k.length;
        int a = JHASH_INITVAL + (length << 2) + initval;
        int b = a;
        int c = a;
        int i = 0;
        while (length > 3) {
            a += k[i];
            b += k[i + 1];
            c += k[i + 2];
            // __jhash_mix
            a -= c;
            a ^= Integer.rotateLeft(c, 4);
            c += b;
            b -= a;
            b ^= Integer.rotateLeft(a, 6);
            a += c;
            c -= b;
            c ^= Integer.rotateLeft(b, 8);
            b += a;
            a -= c;
            a ^= Integer.rotateLeft(c, 16);
            c += b;
            b -= a;
            b ^= Integer.rotateLeft(a, 19);
            a += c;
            c -= b;
            c ^= Integer.rotateLeft(b, 4);
            b += a;
            length -= 3;
            i += 3;
        }
        if (length == 0) {
            return c;
        }
        if (length == 3) {
            c += k[i + 2];
        }
        if (length >= 2) {
            b += k[i + 1];
        }
        a += k[i];
        // __jhash_final
        c ^= b;
        c -= Integer.rotateLeft(b, 14);
        a ^= c;
        a -= Integer.rotateLeft(c, 11);
        b ^= a;
        b -= Integer.rotateLeft(a, 25);
        c ^= b;
        c -= Integer.rotateLeft(b, 16);
        a ^= c;
        a -= Integer.rotateLeft(c, 4);
        b ^= a;
        b -= Integer.rotateLeft(a, 14);
        c ^= b;
        c -= Integer.rotateLeft(b, 24);
        return c;
    }
}
