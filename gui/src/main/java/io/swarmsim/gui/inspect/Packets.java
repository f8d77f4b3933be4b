package io.swarmsim.gui.inspect;

import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The packet an event is about, and what a stage changed in it. A trace follows one packet (its id
 * survives NAT and VXLAN), so the inspector compares each stage's packet with the one before and
 * names the fields that changed: addresses and ports (NAT, IPVS), the mark (a MARK rule), the TTL
 * (forwarding). On the underlay the packet travels inside VXLAN; there the inner packet is the one
 * followed, and the wrapping is a change of its own.
 */
final class Packets {
    private Packets() {
    }

    /** The packet as the event left it (after NAT, after IPVS, after a rule's target), or null when it has none (ARP, DNS, app). */
    static Packet carried(TraceEvent e) {
        Packet p;
        if (e instanceof TraceEvent.FrameSent f) {
            p = f.frame().packet();
        } else if (e instanceof TraceEvent.FrameReceived f) {
            p = f.frame().packet();
        } else if (e instanceof TraceEvent.HookEntered h) {
            p = h.packet();
        } else if (e instanceof TraceEvent.RuleMatched r) {
            p = r.packet();
        } else if (e instanceof TraceEvent.NatApplied n) {
            p = n.packet();
        } else if (e instanceof TraceEvent.Ipvs v) {
            p = v.after();
        } else if (e instanceof TraceEvent.Vxlan v) {
            p = v.inner().packet();
        } else if (e instanceof TraceEvent.SocketDelivery d) {
            p = d.packet();
        } else if (e instanceof TraceEvent.KernelReply r) {
            p = r.request();
        } else if (e instanceof TraceEvent.Drop d) {
            p = d.packet();
        } else {
            p = null;
        }
        return inner(p);
    }

    /** The packet a VXLAN carrier carries, else {@code p} itself. */
    static Packet inner(Packet p) {
        while (p != null && p.payload() instanceof VxlanPayload v) {
            p = v.inner().packet();
        }
        return p;
    }

    /**
     * What {@code e} changed, given the packet as it was before ({@code last}, may be null): the
     * fields that differ, each as {@code destination 10.0.0.4:80 → 10.0.0.6:80}.
     */
    static List<String> changes(TraceEvent e, Packet last) {
        if (e instanceof TraceEvent.NatApplied n) {
            return tupleChanges(n.before(), n.after());
        }
        if (e instanceof TraceEvent.Vxlan v) {
            return List.of((v.encapsulate() ? "wrapped in " : "unwrapped from ") + "UDP " + Formats.flow(v.outer()) + " (VXLAN, VNI " + v.vni() + ")");
        }
        Packet before = e instanceof TraceEvent.Ipvs v ? inner(v.before()) : last;
        Packet after = carried(e);
        if (before == null || after == null) {
            return List.of();
        }
        return diff(before, after);
    }

    /** The fields of {@code a} that {@code b} changed. */
    static List<String> diff(Packet a, Packet b) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(a.src(), b.src()) || a.sport() != b.sport() && !isIcmp(a, b)) {
            out.add("source " + Formats.endpoint(a.src(), port(a.sport(), a)) + " → " + Formats.endpoint(b.src(), port(b.sport(), b)));
        }
        if (!Objects.equals(a.dst(), b.dst()) || a.dport() != b.dport() && !isIcmp(a, b)) {
            out.add("destination " + Formats.endpoint(a.dst(), port(a.dport(), a)) + " → " + Formats.endpoint(b.dst(), port(b.dport(), b)));
        }
        if (a.mark() != b.mark()) {
            out.add("mark " + Formats.mark(a.mark()) + " → " + Formats.mark(b.mark()));
        }
        if (a.ttl() != b.ttl()) {
            out.add("TTL " + a.ttl() + " → " + b.ttl());
        }
        return out;
    }

    private static boolean isIcmp(Packet a, Packet b) {
        return a.protocol() == io.swarmsim.kernel.packet.Protocol.ICMP || b.protocol() == io.swarmsim.kernel.packet.Protocol.ICMP;
    }

    private static int port(int port, Packet p) {
        return p.protocol() == io.swarmsim.kernel.packet.Protocol.ICMP ? 0 : port;
    }

    private static List<String> tupleChanges(Tuple a, Tuple b) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(a.src(), b.src()) || a.sport() != b.sport()) {
            out.add("source " + Formats.endpoint(a.src(), a.sport()) + " → " + Formats.endpoint(b.src(), b.sport()));
        }
        if (!Objects.equals(a.dst(), b.dst()) || a.dport() != b.dport()) {
            out.add("destination " + Formats.endpoint(a.dst(), a.dport()) + " → " + Formats.endpoint(b.dst(), b.dport()));
        }
        return out;
    }
}
