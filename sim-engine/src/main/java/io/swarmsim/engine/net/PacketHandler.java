package io.swarmsim.engine.net;

import io.swarmsim.kernel.packet.Packet;

/** The owner of a bound socket: an application that receives the packets delivered to it. */
@FunctionalInterface
public interface PacketHandler {
    void onPacket(Packet packet);

    /** {@code sent} never left: its next hop did not answer ARP (EHOSTUNREACH on the socket). */
    default void onHostUnreachable(Packet sent) {
    }
}
