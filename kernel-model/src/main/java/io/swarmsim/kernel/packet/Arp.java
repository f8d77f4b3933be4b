package io.swarmsim.kernel.packet;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;

/** An ARP message for IPv4 over Ethernet (28 bytes on the wire). */
public record Arp(Op op, MacAddress senderMac, IpAddress senderIp, MacAddress targetMac, IpAddress targetIp) {
    public enum Op { REQUEST, REPLY }

    public static final int LENGTH = 28;

    /** tcpdump's wording: {@code Request who-has 10.0.0.3 tell 10.0.0.2} / {@code Reply 10.0.0.3 is-at 02:42:..}. */
    public String summary() {
        return op == Op.REQUEST ? "ARP, Request who-has " + targetIp + " tell " + senderIp
                                : "ARP, Reply " + senderIp + " is-at " + senderMac;
    }
}
