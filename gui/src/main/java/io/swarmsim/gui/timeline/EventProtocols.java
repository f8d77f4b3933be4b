package io.swarmsim.gui.timeline;

import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which protocols an event is about, for the event list's protocol filter. Most events carry their
 * packet or frame; a VXLAN packet is UDP and also whatever its inner frame carries; DNS is a UDP (or
 * TCP) packet to or from port 53, a DNS server's query and answer, and a resolver's sort. The few
 * events without a packet (a route lookup, a bridge's FDB, a chain's policy) take the protocols of
 * the packet their trace id names, learned from earlier events: {@link #learn} must see the events
 * in order. FX thread only.
 */
final class EventProtocols {
    private static final Set<Proto> NONE = EnumSet.noneOf(Proto.class);
    private final Map<Long, Set<Proto>> byTrace = new HashMap<>();

    /** Remembers what {@code e}'s trace id carries, for later events without a packet. */
    void learn(TraceEvent e) {
        Set<Proto> own = own(e);
        if (!own.isEmpty()) {
            byTrace.putIfAbsent(e.traceId(), own);
        }
    }

    void clear() {
        byTrace.clear();
    }

    /** The protocols of {@code e}: its own, else those learned for its trace id, else none. */
    Set<Proto> of(TraceEvent e) {
        Set<Proto> own = own(e);
        return own.isEmpty() ? byTrace.getOrDefault(e.traceId(), NONE) : own;
    }

    /** The protocols {@code e} itself shows (empty when it carries no packet). */
    static Set<Proto> own(TraceEvent e) {
        EnumSet<Proto> out = EnumSet.noneOf(Proto.class);
        if (e instanceof TraceEvent.FrameSent f) {
            frame(f.frame(), out);
        } else if (e instanceof TraceEvent.FrameReceived f) {
            frame(f.frame(), out);
        } else if (e instanceof TraceEvent.HookEntered h) {
            packet(h.packet(), out);
        } else if (e instanceof TraceEvent.RuleMatched r) {
            packet(r.packet(), out);
        } else if (e instanceof TraceEvent.Conntrack c) {
            out.add(Proto.valueOf(c.original().protocol().name()));
            boolean ports = c.original().protocol() != io.swarmsim.kernel.packet.Protocol.ICMP;
            if (ports && (c.original().sport() == 53 || c.original().dport() == 53)) {
                out.add(Proto.DNS);
            }
        } else if (e instanceof TraceEvent.NatApplied n) {
            packet(n.packet(), out);
        } else if (e instanceof TraceEvent.Ipvs v) {
            packet(v.before(), out);
        } else if (e instanceof TraceEvent.Arp) {
            out.add(Proto.ARP);
        } else if (e instanceof TraceEvent.Vxlan v) {
            packet(v.outer(), out);
            frame(v.inner(), out);
        } else if (e instanceof TraceEvent.SocketDelivery d) {
            packet(d.packet(), out);
        } else if (e instanceof TraceEvent.KernelReply r) {
            packet(r.request(), out);
        } else if (e instanceof TraceEvent.DnsQuery || e instanceof TraceEvent.DnsAnswer || e instanceof TraceEvent.ResolverSort) {
            out.add(Proto.DNS);
        } else if (e instanceof TraceEvent.Drop d) {
            if (d.packet() == null) {
                out.add(Proto.ARP);
            } else {
                packet(d.packet(), out);
            }
        }
        return out;
    }

    private static void frame(Frame f, EnumSet<Proto> out) {
        if (f.isArp()) {
            out.add(Proto.ARP);
        } else {
            packet(f.packet(), out);
        }
    }

    private static void packet(Packet p, EnumSet<Proto> out) {
        if (p == null) {
            return;
        }
        out.add(Proto.valueOf(p.protocol().name()));
        boolean ports = p.protocol() != io.swarmsim.kernel.packet.Protocol.ICMP; // ICMP's "ports" are echo id and sequence
        if (p.payload() instanceof DnsMessage || ports && (p.sport() == 53 || p.dport() == 53)) {
            out.add(Proto.DNS);
        }
        if (p.payload() instanceof VxlanPayload v) {
            frame(v.inner(), out);
        }
    }
}
