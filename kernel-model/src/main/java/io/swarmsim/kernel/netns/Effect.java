package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;

/** What processing a packet in one namespace produced: it left on a device, reached a socket, or died. */
public sealed interface Effect {
    Packet packet();

    /** The packet leaves through {@code device} towards link-layer neighbour {@code nextHop}. */
    record Transmit(String device, IpAddress nextHop, Packet packet) implements Effect {
    }

    /** The packet reached a local socket owned by {@code owner}. */
    record Deliver(SocketTable.Binding binding, Packet packet) implements Effect {
    }

    /** The packet was dropped, with the reason a learner reads. */
    record Drop(Packet packet, String reason) implements Effect {
    }
}
