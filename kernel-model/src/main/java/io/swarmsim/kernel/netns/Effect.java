package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.conntrack.Conntrack;

/** What processing a packet in one namespace produced: it left on a device, reached a socket, or died. */
public sealed interface Effect {
    Packet packet();

    /**
     * The packet leaves through {@code device} towards link-layer neighbour {@code nextHop}. On
     * loopback the packet keeps its conntrack entry ({@code skb->_nfct}), carried in {@code conntrack}.
     */
    record Transmit(String device, IpAddress nextHop, Packet packet, Conntrack.Match conntrack) implements Effect {
    }

    /** The packet reached a local socket owned by {@code owner}. */
    record Deliver(SocketTable.Binding binding, Packet packet) implements Effect {
    }

    /** The packet was dropped, with the reason a learner reads. */
    record Drop(Packet packet, String reason) implements Effect {
    }
}
