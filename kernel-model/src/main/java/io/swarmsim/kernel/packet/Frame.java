package io.swarmsim.kernel.packet;

import io.swarmsim.kernel.net.MacAddress;

/**
 * An Ethernet frame carrying either an IPv4 {@link Packet} or an {@link Arp} message. The trace id
 * is the carried packet's (ARP frames get their own).
 */
public record Frame(long traceId, MacAddress src, MacAddress dst, Packet packet, Arp arp) {
    public static final MacAddress BROADCAST = new MacAddress(0xffffffffffffL);
    public static final int HEADER = 14;

    public Frame {
        if ((packet == null) == (arp == null)) {
            throw new IllegalArgumentException("a frame carries exactly one of a packet or an ARP message");
        }
    }

    public static Frame ip(MacAddress src, MacAddress dst, Packet p) {
        return new Frame(p.traceId(), src, dst, p, null);
    }

    public static Frame arp(long traceId, MacAddress src, MacAddress dst, Arp a) {
        return new Frame(traceId, src, dst, null, a);
    }

    public boolean isArp() {
        return arp != null;
    }

    public boolean isBroadcast() {
        return dst.equals(BROADCAST);
    }

    /** EtherType: 0x0800 IPv4, 0x0806 ARP. */
    public int etherType() {
        return arp != null ? 0x0806 : 0x0800;
    }

    /** Bytes on the wire without FCS. */
    public int length() {
        return HEADER + (arp != null ? Arp.LENGTH : packet.length());
    }

    public String summary() {
        return src + " > " + dst + ", " + (arp != null ? arp.summary() : packet.summary());
    }
}
