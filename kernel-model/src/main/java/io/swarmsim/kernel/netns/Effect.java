package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;

/** What processing a packet or frame in one namespace produced; the simulator carries each one on. */
public sealed interface Effect {

    /** A packet sent through {@code lo}; it comes back in still attached to its connection ({@code skb->_nfct}). */
    record Loopback(Packet packet, Conntrack.Match conntrack) implements Effect {
    }

    /** A frame leaves on a veth or Ethernet device towards whatever is at the other end. */
    record Emit(String device, Frame frame) implements Effect {
    }

    /** A VXLAN-encapsulated packet the vxlan device hands to its UDP socket in namespace {@code underlayNetns}. */
    record Tunnel(String underlayNetns, Packet outer) implements Effect {
    }

    /** The packet reached a local socket. */
    record Deliver(SocketTable.Binding binding, Packet packet) implements Effect {
    }

    /**
     * Packets wait for an ARP answer from {@code nextHop} on {@code device}: after {@code delay} ns
     * the simulator calls {@link LinkLayer#neighbourTimer} (another probe, or FAILED and the queue
     * dropped), as the kernel's neighbour timer would.
     */
    record NeighbourTimer(String device, io.swarmsim.kernel.net.IpAddress nextHop, long delay) implements Effect {
    }

    /**
     * A packet this namespace sent itself was dropped because its neighbour went FAILED: the sending
     * socket hears EHOSTUNREACH (an ICMP socket reads it as "Destination Host Unreachable" from its own
     * address, as iputils ping prints it).
     */
    record HostUnreachable(Packet packet) implements Effect {
    }

    /** The packet (or frame) was dropped: why, in the kernel's terms, and the reason a learner reads. */
    record Drop(long traceId, io.swarmsim.kernel.trace.DropReason why, String reason) implements Effect {
    }
}
