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

    @Override
    public String toString() {
        String p = protocol.keyword();
        if (protocol == Protocol.ICMP) {
            return p + " src=" + src + " dst=" + dst + " id=" + sport;
        }
        return p + " src=" + src + " dst=" + dst + " sport=" + sport + " dport=" + dport;
    }
}
