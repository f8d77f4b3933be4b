package io.swarmsim.kernel.resolver;

/** How an implementation applies RFC 3484/6724 rule 9 (longest matching prefix) to IPv4 pairs. */
public enum Rule9Ipv4 {
    /** Go's pure resolver: never for IPv4. */
    NEVER,
    /** glibc 2.4–2.7: every IPv4 pair, {@code clz32(src ^ dst)}, no subnet check. */
    ALL_32BIT,
    /**
     * glibc ≥ 2.8: only if the destination is inside the source's prefix, then all 32 bits; the
     * prefix length is known only if the host has a non-loopback IPv6 address.
     */
    SAME_SUBNET_32BIT_IF_V6_PRESENT,
    /** musl: only reached for mixed v4+v6 answers; 128 bits of the v4-mapped forms, no subnet check. */
    MIXED_ANSWERS_ONLY_128BIT_V4MAPPED
}
