package io.swarmsim.gui.inspect;

import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.ResourceRecord;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One event in words, for the inspector's trace and the namespace view's banner: a short stage name
 * ({@code nat OUTPUT}) and what was decided, with the addresses and the reason the event carries. In
 * the spirit of {@code sim trace}'s lines, written for a narrow column.
 */
final class EventText {
    private EventText() {
    }

    /** The kind as words: {@code rule matched}, {@code IPVS}. */
    static String kind(TraceEvent e) {
        return switch (e.kind()) {
            case IPVS -> "IPVS";
            case ARP -> "ARP";
            case FDB -> "bridge FDB";
            case VXLAN -> "VXLAN";
            case DNS_QUERY -> "DNS query";
            case DNS_ANSWER -> "DNS answer";
            default -> e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** Where in the namespace the stage happened: {@code mangle OUTPUT}, {@code conntrack PREROUTING}, {@code link eth0}. */
    static String stage(TraceEvent e) {
        String dev = e.at().device();
        switch (e.kind()) {
            case RULE_MATCHED: {
                TraceEvent.RuleMatched r = (TraceEvent.RuleMatched) e;
                return r.table().tableName() + " " + r.hook();
            }
            case POLICY_APPLIED: {
                TraceEvent.PolicyApplied p = (TraceEvent.PolicyApplied) e;
                return p.table().tableName() + " " + p.hook();
            }
            case HOOK_ENTERED: {
                TraceEvent.HookEntered h = (TraceEvent.HookEntered) e;
                return h.function() + " " + h.hook();
            }
            case CONNTRACK:
                return "conntrack " + ((TraceEvent.Conntrack) e).hook();
            case NAT_APPLIED:
                return "nat " + ((TraceEvent.NatApplied) e).hook();
            case IPVS:
                return "ipvs " + ((TraceEvent.Ipvs) e).hook();
            case ROUTE_LOOKUP:
                return "route";
            case FRAME_SENT:
            case FRAME_RECEIVED:
                return "link " + dev;
            default:
                return dev.isEmpty() ? kind(e) : kind(e) + " " + dev;
        }
    }

    /** What happened, in one sentence. */
    static String summary(TraceEvent e) {
        switch (e.kind()) {
            case FRAME_SENT: {
                TraceEvent.FrameSent f = (TraceEvent.FrameSent) e;
                return "sent to " + f.to() + ": " + frame(f.frame());
            }
            case FRAME_RECEIVED:
                return "received " + frame(((TraceEvent.FrameReceived) e).frame());
            case HOOK_ENTERED: {
                TraceEvent.HookEntered h = (TraceEvent.HookEntered) e;
                return "enters " + h.function() + " at " + h.hook() + " (priority " + HookStages.priority(h.priority()) + ")";
            }
            case RULE_MATCHED: {
                TraceEvent.RuleMatched r = (TraceEvent.RuleMatched) e;
                return r.chain() + " rule " + r.ruleNumber() + " matched → " + r.target() + "   (" + r.rule() + ")";
            }
            case POLICY_APPLIED: {
                TraceEvent.PolicyApplied p = (TraceEvent.PolicyApplied) e;
                return "no rule decided: chain " + p.chain() + "'s policy " + p.verdict();
            }
            case CONNTRACK:
                return conntrack((TraceEvent.Conntrack) e);
            case NAT_APPLIED: {
                TraceEvent.NatApplied n = (TraceEvent.NatApplied) e;
                return n.side() + (n.reply() ? " undone for a reply: " : ": ") + Formats.tuple(n.before()) + "  ⇒  " + Formats.tuple(n.after());
            }
            case IPVS: {
                TraceEvent.Ipvs v = (TraceEvent.Ipvs) e;
                return v.step() + " " + (v.service() == null ? "" : v.service() + " ") + (v.scheduler() == null ? "" : v.scheduler() + ": ")
                        + v.why();
            }
            case ROUTE_LOOKUP: {
                TraceEvent.RouteLookup r = (TraceEvent.RouteLookup) e;
                return r.found() ? r.destination() + " via " + r.route() : "no route to " + r.destination();
            }
            case ARP: {
                TraceEvent.Arp a = (TraceEvent.Arp) e;
                return a.step() + " " + a.target() + (a.mac() == null ? "" : " is-at " + a.mac());
            }
            case FDB: {
                TraceEvent.Fdb f = (TraceEvent.Fdb) e;
                return f.step() + " " + f.mac() + (f.port() == null ? "" : " on port " + f.port());
            }
            case VXLAN: {
                TraceEvent.Vxlan v = (TraceEvent.Vxlan) e;
                return (v.encapsulate() ? "wrapped in UDP " : "unwrapped from UDP ") + Formats.flow(v.outer()) + ", VNI " + v.vni();
            }
            case SOCKET_DELIVERY:
                return "delivered to socket " + ((TraceEvent.SocketDelivery) e).socket();
            case KERNEL_REPLY:
                return "the kernel answers " + ((TraceEvent.KernelReply) e).reply();
            case DNS_QUERY:
                return ((TraceEvent.DnsQuery) e).server() + " asked " + question(((TraceEvent.DnsQuery) e).query());
            case DNS_ANSWER:
                return ((TraceEvent.DnsAnswer) e).server() + " answers " + answer(((TraceEvent.DnsAnswer) e).answer());
            case RESOLVER_SORT: {
                TraceEvent.ResolverSort s = (TraceEvent.ResolverSort) e;
                return s.profile() + " sorted " + s.input() + " into " + s.output();
            }
            case APP_DECISION: {
                TraceEvent.AppDecision a = (TraceEvent.AppDecision) e;
                return a.app() + " " + a.action() + (a.address() == null ? "" : " " + Formats.endpoint(a.address(), a.port())) + ": " + a.detail();
            }
            case DROP: {
                TraceEvent.Drop d = (TraceEvent.Drop) e;
                return "dropped, " + d.reason() + ": " + d.detail();
            }
            case CONTROL_PLANE: {
                TraceEvent.ControlPlane c = (TraceEvent.ControlPlane) e;
                return "control plane of " + c.node() + ", " + c.step() + " " + c.task() + ": " + c.detail();
            }
            default:
                return e.kind().wireName();
        }
    }

    static String conntrack(TraceEvent.Conntrack c) {
        String what = switch (c.lookup()) {
            case NEW -> "new connection ";
            case KNOWN -> "known connection ";
            case REPLY -> "reply of ";
            case RELATED -> "related to ";
            case INVALID -> "no connection for ";
        };
        return what + Formats.tuple(c.original()) + ", state " + c.state();
    }

    static String frame(io.swarmsim.kernel.packet.Frame f) {
        return f.isArp() ? f.arp().summary() : packet(f.packet());
    }

    static String packet(Packet p) {
        return p == null ? "-" : p.summary();
    }

    static String question(DnsMessage m) {
        return m.question() == null ? "(no question)" : m.question().name() + " " + m.question().type();
    }

    static String answer(DnsMessage m) {
        String records = m.answers().stream().map(EventText::record).collect(Collectors.joining(", "));
        return question(m) + " " + m.rcode() + (records.isEmpty() ? "" : ": " + records);
    }

    static String record(ResourceRecord r) {
        return r.name() + " " + r.ttl() + " " + r.type() + " " + r.rdataText();
    }
}
