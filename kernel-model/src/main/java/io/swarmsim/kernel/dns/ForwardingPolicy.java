package io.swarmsim.kernel.dns;

/**
 * How the embedded resolver forwards names it does not own to the (at most 3) upstream servers, tried
 * one after the other with a 4 s I/O timeout each.
 */
public enum ForwardingPolicy {
    /**
     * Docker 1.12 ({@code vendor/.../libnetwork/resolver.go} at v1.12): an upstream that cannot be reached
     * or does not answer in time is skipped; the first reply that arrives is relayed whatever its rcode
     * (SERVFAIL included). With no upstream configured, or all of them silent, the client gets no reply
     * at all and times out.
     */
    DOCKER_1_12,
    /**
     * Current moby (reference §4.4): SERVFAIL or REFUSED from an upstream, or a timeout, moves on to the
     * next one; when none is left, or none is configured, the client gets SERVFAIL.
     */
    MOBY_CURRENT
}
