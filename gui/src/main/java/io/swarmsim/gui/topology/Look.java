package io.swarmsim.gui.topology;

import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.packet.Arp;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.TraceEvent;

/**
 * How a packet looks on the picture: its kind (which sets colour and shape), a short label
 * ({@code SYN}, {@code DNS query}, {@code ARP who-has}), and for a VXLAN packet the look of the
 * frame it carries, drawn inside it. DNS is told by its payload (the embedded server listens on a
 * high port after Docker's DNAT, so port 53 alone would miss it) or by port 53.
 */
public record Look(Kind kind, String label, Look inner) {
    public enum Kind { TCP, DNS, UDP, ICMP, ARP, VXLAN }

    public static Look of(Frame f) {
        if (f.isArp()) {
            return new Look(Kind.ARP, f.arp().op() == Arp.Op.REQUEST ? "ARP who-has" : "ARP is-at", null);
        }
        return f.packet() == null ? null : of(f.packet());
    }

    public static Look of(Packet p) {
        if (p.payload() instanceof VxlanPayload v) {
            Look in = of(v.inner());
            return new Look(Kind.VXLAN, "VXLAN " + v.vni() + (in == null ? "" : " · " + in.label()), in);
        }
        if (p.payload() instanceof DnsMessage m) {
            return new Look(Kind.DNS, m.qr() ? "DNS answer" : "DNS query", null);
        }
        if (p.protocol() == Protocol.TCP) {
            return new Look(Kind.TCP, tcp(p), null);
        }
        if (p.protocol() == Protocol.UDP) {
            return p.sport() == 53 || p.dport() == 53 ? new Look(Kind.DNS, "DNS", null) : new Look(Kind.UDP, "UDP :" + p.dport(), null);
        }
        switch (p.icmpType()) {
            case Packet.ICMP_ECHO_REQUEST:
                return new Look(Kind.ICMP, "echo request", null);
            case Packet.ICMP_ECHO_REPLY:
                return new Look(Kind.ICMP, "echo reply", null);
            case Packet.ICMP_TIME_EXCEEDED:
                return new Look(Kind.ICMP, "TTL exceeded", null);
            default:
                return new Look(Kind.ICMP, "unreachable", null);
        }
    }

    /** By flags as tcpdump shows them: SYN, SYN-ACK, FIN, RST, data (payload), else ACK. */
    static String tcp(Packet p) {
        int f = p.tcpFlags();
        if ((f & TcpFlags.RST) != 0) {
            return "RST";
        }
        if ((f & TcpFlags.SYN) != 0) {
            return (f & TcpFlags.ACK) != 0 ? "SYN-ACK" : "SYN";
        }
        if ((f & TcpFlags.FIN) != 0) {
            return "FIN";
        }
        return p.payload().length() > 0 ? "data" : "ACK";
    }

    /** The look of the packet an event is about, or null when the event carries none (a route lookup, a decision). */
    public static Look of(TraceEvent e) {
        if (e instanceof TraceEvent.FrameSent s) {
            return of(s.frame());
        } else if (e instanceof TraceEvent.FrameReceived r) {
            return of(r.frame());
        } else if (e instanceof TraceEvent.HookEntered h) {
            return of(h.packet());
        } else if (e instanceof TraceEvent.RuleMatched m) {
            return of(m.packet());
        } else if (e instanceof TraceEvent.NatApplied n) {
            return of(n.packet());
        } else if (e instanceof TraceEvent.SocketDelivery d) {
            return of(d.packet());
        } else if (e instanceof TraceEvent.Ipvs v) {
            return v.after() != null ? of(v.after()) : v.before() != null ? of(v.before()) : null;
        } else if (e instanceof TraceEvent.Vxlan v) {
            if (v.encapsulate()) {
                Look in = of(v.inner());
                return v.outer() != null && v.outer().payload() instanceof VxlanPayload ? of(v.outer())
                        : new Look(Kind.VXLAN, "VXLAN " + v.vni() + (in == null ? "" : " · " + in.label()), in);
            }
            return of(v.inner());
        } else if (e instanceof TraceEvent.KernelReply k) {
            return of(k.request());
        } else if (e instanceof TraceEvent.Drop d) {
            return d.packet() != null ? of(d.packet()) : new Look(Kind.ARP, "ARP", null);
        } else if (e instanceof TraceEvent.DnsQuery) {
            return new Look(Kind.DNS, "DNS query", null);
        } else if (e instanceof TraceEvent.DnsAnswer) {
            return new Look(Kind.DNS, "DNS answer", null);
        }
        return null;
    }
}
