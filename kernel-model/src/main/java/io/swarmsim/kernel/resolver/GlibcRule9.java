package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;

/**
 * glibc's rule 9 (longest matching prefix), IPv4 and IPv6 branches, with the reason for each
 * destination's bit count. IPv4 follows {@code rfc3484_sort}: {@code mask = 0xffffffff << (32 - p)}
 * and, if {@code (s & mask) == (d & mask)}, {@code bits = clz32(s ^ d)}, else 0. When glibc never
 * received the prefix list (no non-loopback IPv6) p is 0 and the C shift {@code << 32} is undefined;
 * the model uses the observed x86-64 result, an all-ones mask.
 */
final class GlibcRule9 {
    /** Why a destination got its bit count. */
    enum Cause { SHARED, NO_IPV6, ZERO_PREFIX, HOST_PREFIX, OUTSIDE_SUBNET }

    /** A destination's rule-9 value. */
    record Bits(int bits, Cause cause, IpAddress src, int prefixLength) {
        String describe() {
            return switch (cause) {
                case SHARED -> "shares " + bits + " leading bits with " + src;
                case NO_IPV6 -> "counts 0 bits (prefix length of " + src + " unknown)";
                case ZERO_PREFIX -> "counts 0 bits (source " + src + " has prefix length 0)";
                case HOST_PREFIX -> "counts 0 bits (source " + src + " is a /" + prefixLength + ")";
                case OUTSIDE_SUBNET -> "is outside " + src + "/" + prefixLength + " and counts 0 bits";
            };
        }
    }

    private final Rule9Ipv4 mode;
    private final String label;

    GlibcRule9(Rule9Ipv4 mode) {
        if (mode != Rule9Ipv4.ALL_32BIT && mode != Rule9Ipv4.SAME_SUBNET_32BIT_IF_V6_PRESENT) {
            throw new IllegalArgumentException("not a glibc rule 9 mode: " + mode);
        }
        this.mode = mode;
        this.label = mode == Rule9Ipv4.ALL_32BIT ? "glibc rule 9 (2.4-2.7, every IPv4 pair)" : "glibc rule 9";
    }

    Rule9Ipv4 mode() {
        return mode;
    }

    Bits bits(Candidate c, boolean hasNonLoopbackIpv6) {
        SourceSelection s = c.source().orElseThrow();
        IpAddress d = c.destination();
        if (d.isV6()) {
            return new Bits(s.source().commonPrefixLength(d), Cause.SHARED, s.source(), s.prefixLength());
        }
        int src = s.source().toInt();
        int dst = d.toInt();
        int shared = Integer.numberOfLeadingZeros(src ^ dst);
        if (mode == Rule9Ipv4.ALL_32BIT) {
            return new Bits(shared, Cause.SHARED, s.source(), s.prefixLength());
        }
        int p = hasNonLoopbackIpv6 ? s.prefixLength() : 0;
        int mask = p == 0 ? 0xFFFFFFFF : 0xFFFFFFFF << (32 - p);
        if ((src & mask) == (dst & mask)) {
            return new Bits(shared, Cause.SHARED, s.source(), p);
        }
        Cause why;
        if (p == 0) {
            why = hasNonLoopbackIpv6 ? Cause.ZERO_PREFIX : Cause.NO_IPV6;
        } else {
            why = p == 32 ? Cause.HOST_PREFIX : Cause.OUTSIDE_SUBNET;
        }
        return new Bits(0, why, s.source(), p);
    }

    /** Decides by bit count, or returns sign 0 with the reason rule 9 did not decide. */
    PairVerdict compare(Candidate a, Candidate b, boolean hasNonLoopbackIpv6) {
        Bits ba = bits(a, hasNonLoopbackIpv6);
        Bits bb = bits(b, hasNonLoopbackIpv6);
        if (ba.bits() != bb.bits()) {
            boolean aWins = ba.bits() > bb.bits();
            Candidate w = aWins ? a : b;
            Candidate l = aWins ? b : a;
            Bits bw = aWins ? ba : bb;
            Bits bl = aWins ? bb : ba;
            String loser = bl.cause() == Cause.SHARED && bl.src().equals(bw.src())
                ? "shares " + bl.bits() : bl.describe();
            return PairVerdict.of(aWins, label + ": " + w.destination() + " " + bw.describe() + ", "
                + l.destination() + " " + loser);
        }
        Candidate x = a.index() < b.index() ? a : b;
        Candidate y = a.index() < b.index() ? b : a;
        String kept = "DNS order is kept (" + x.destination() + " before " + y.destination() + ")";
        if (ba.cause() == bb.cause() && ba.src().equals(bb.src())) {
            switch (ba.cause()) {
                case NO_IPV6:
                    return new PairVerdict(0, "glibc rule 9 inert: no non-loopback IPv6 address, so the prefix"
                        + " length is unknown and " + kept);
                case ZERO_PREFIX:
                    return new PairVerdict(0, "glibc rule 9 inert: source " + ba.src()
                        + " has prefix length 0, so the mask is all ones and " + kept);
                case HOST_PREFIX:
                    return new PairVerdict(0, "glibc rule 9 inert: source " + ba.src() + " is a /32, so no"
                        + " destination is inside its subnet and " + kept);
                case OUTSIDE_SUBNET:
                    return new PairVerdict(0, "glibc rule 9 inert: " + x.destination() + " and " + y.destination()
                        + " are both outside " + ba.src() + "/" + ba.prefixLength() + ", so both count 0 bits and "
                        + kept);
                case SHARED:
                    return new PairVerdict(0, "glibc rule 9 tie: " + x.destination() + " and " + y.destination()
                        + " both share " + ba.bits() + " leading bits with " + ba.src() + "; rule 10: " + kept);
                default:
                    break;
            }
        }
        Bits bx = x == a ? ba : bb;
        Bits by = x == a ? bb : ba;
        return new PairVerdict(0, "glibc rule 9 tie: " + x.destination() + " " + bx.describe() + ", "
            + y.destination() + " " + by.describe() + "; rule 10: " + kept);
    }
}
