package io.swarmsim.kernel.conntrack;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;

/**
 * A conntrack tuple. For ICMP echo the "ports" are (identifier, 0), as the kernel keys echo
 * request and reply by their identifier.
 */
public record Tuple(Protocol protocol, IpAddress src, int sport, IpAddress dst, int dport) {
    public static Tuple of(Packet p) {
        if (p.protocol() == Protocol.ICMP) {
            return new Tuple(Protocol.ICMP, p.src(), p.sport(), p.dst(), 0);
        }
        return new Tuple(p.protocol(), p.src(), p.sport(), p.dst(), p.dport());
    }

    /** The tuple a reply to this one carries. */
    public Tuple invert() {
        if (protocol == Protocol.ICMP) {
            return new Tuple(protocol, dst, sport, src, 0);
        }
        return new Tuple(protocol, dst, dport, src, sport);
    }

    /**
     * A well-mixed hash of the five fields, the same in every run: the record's own hash (31 times
     * each field, the protocol's identity hash first) sent the tables of many connections between
     * few addresses into long, tree-ified hash bins.
     */
    @Override
    public int hashCode() {
        return hash(protocol, src, sport, dst, dport);
    }

    /** The hash of a connection's five fields, for the tables keyed by them (conntrack, IPVS). */
    public static int hash(Protocol protocol, IpAddress a, int aPort, IpAddress b, int bPort) {
        long h = protocol.ordinal();
        h = h * 0x9E3779B97F4A7C15L + a.hashCode();
        h = h * 0x9E3779B97F4A7C15L + aPort;
        h = h * 0x9E3779B97F4A7C15L + b.hashCode();
        h = h * 0x9E3779B97F4A7C15L + bPort;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tuple t && sport == t.sport && dport == t.dport && protocol == t.protocol && src.equals(t.src) && dst.equals(t.dst);
    }

    @Override
    public String toString() {
        String p = protocol.keyword();
        if (protocol == Protocol.ICMP) {
            return p + " src=" + src + " dst=" + dst + " id=" + sport;
        }
        return p + " src=" + src + " dst=" + dst + " sport=" + sport + " dport=" + dport;
    }
}
