package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.conntrack.CtState;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.Place;

/**
 * The packet on its way through one namespace, with what earlier stages learned about it: its
 * conntrack entry ({@code skb->_nfct}), its devices, and whether IPVS already sent it on. Immutable:
 * a hook function reads it and returns a {@link StageResult}; the path threads the next state on.
 *
 * @param hook the hook whose functions are looking at the packet; null on the path between hooks
 * @param inDevice the device it arrived on; null for a locally generated packet
 * @param outDevice the device it leaves by; null until it is routed
 * @param ct its conntrack entry; null when untracked or invalid
 */
public record PacketState(NetNamespace netns, Hook hook, long now, Packet packet, String inDevice, String outDevice,
                          Conntrack.Match ct, boolean ipvs) {
    public PacketState {
        if (netns == null || packet == null) {
            throw new IllegalArgumentException("a packet state names its namespace and packet");
        }
    }

    /** A packet a local socket (or the kernel) writes: no devices yet, no connection. */
    static PacketState sent(NetNamespace netns, Packet packet, long now) {
        return new PacketState(netns, null, now, packet, null, null, null, false);
    }

    /** A packet arriving on {@code device}, still attached to {@code ct} when it loops back through lo. */
    static PacketState received(NetNamespace netns, String device, Packet packet, Conntrack.Match ct, long now) {
        return new PacketState(netns, null, now, packet, device, null, ct, false);
    }

    /** The conntrack state rules match on: INVALID when conntrack found no entry. */
    public CtState ctState() {
        return ct == null ? CtState.INVALID : ct.state();
    }

    /** The namespace, at the device the packet is on: the outgoing one once routed, else the incoming one. */
    public Place place() {
        return Place.of(netns.name(), outDevice != null ? outDevice : inDevice);
    }

    /** The same packet, entering {@code h}'s functions. */
    PacketState at(Hook h) {
        return new PacketState(netns, h, now, packet, inDevice, outDevice, ct, ipvs);
    }

    /** The same packet, routed out of {@code device}. */
    PacketState withOutDevice(String device) {
        return new PacketState(netns, hook, now, packet, inDevice, device, ct, ipvs);
    }

    /** The packet the path itself rewrote (the TTL a forward decrements). */
    PacketState withPacket(Packet p) {
        return new PacketState(netns, hook, now, p, inDevice, outDevice, ct, ipvs);
    }

    /** The state a stage left the packet in: its packet, conntrack entry and IPVS mark. */
    PacketState after(StageResult r) {
        return new PacketState(netns, hook, now, r.packet(), inDevice, outDevice, r.ct(), r.ipvs());
    }
}
