package io.swarmsim.gui.timeline;

import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.ResourceRecord;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One line per event for the event list: what happened, in the words of the tool that would show
 * it (tcpdump for packets, {@code iptables -S} for rules, ipvsadm for IPVS). Longer explanations are
 * the inspector's; this line only has to tell one row from the next.
 */
final class EventSummary {
    private EventSummary() {
    }

    /** The simulated time as milliseconds with microseconds, the same in every locale. */
    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    static String of(TraceEvent e) {
        switch (e.kind()) {
            case FRAME_SENT: {
                TraceEvent.FrameSent f = (TraceEvent.FrameSent) e;
                return "sent " + frame(f.frame()) + " to " + f.to();
            }
            case FRAME_RECEIVED:
                return "received " + frame(((TraceEvent.FrameReceived) e).frame());
            case HOOK_ENTERED: {
                TraceEvent.HookEntered h = (TraceEvent.HookEntered) e;
                return h.hook() + " " + h.function() + ": " + h.packet().summary();
            }
            case RULE_MATCHED: {
                TraceEvent.RuleMatched r = (TraceEvent.RuleMatched) e;
                return r.table().tableName() + " " + r.chain() + " rule " + r.ruleNumber() + ": " + r.rule();
            }
            case POLICY_APPLIED: {
                TraceEvent.PolicyApplied p = (TraceEvent.PolicyApplied) e;
                return p.table().tableName() + " " + p.chain() + " policy " + p.verdict();
            }
            case CONNTRACK: {
                TraceEvent.Conntrack c = (TraceEvent.Conntrack) e;
                return c.lookup().name().toLowerCase(Locale.ROOT) + " " + c.original() + " " + c.state();
            }
            case NAT_APPLIED: {
                TraceEvent.NatApplied n = (TraceEvent.NatApplied) e;
                return (n.reply() ? "un-" : "") + n.side() + " " + n.before() + " -> " + n.after();
            }
            case IPVS: {
                TraceEvent.Ipvs v = (TraceEvent.Ipvs) e;
                String to = v.destination() == null ? "" : " -> " + v.destination() + ":" + v.destinationPort();
                return "ipvs " + v.step().name().toLowerCase(Locale.ROOT) + " " + v.service() + " " + v.scheduler() + to
                        + (v.why() == null || v.why().isEmpty() ? "" : " (" + v.why() + ")");
            }
            case ROUTE_LOOKUP: {
                TraceEvent.RouteLookup r = (TraceEvent.RouteLookup) e;
                return r.found() ? "route to " + r.destination() + ": " + r.route() : "no route to " + r.destination();
            }
            case ARP: {
                TraceEvent.Arp a = (TraceEvent.Arp) e;
                return "arp " + a.step().name().toLowerCase(Locale.ROOT) + " " + a.target() + (a.mac() == null ? "" : " is-at " + a.mac());
            }
            case FDB: {
                TraceEvent.Fdb f = (TraceEvent.Fdb) e;
                return "fdb " + f.step().name().toLowerCase(Locale.ROOT) + " " + f.mac() + (f.port() == null ? "" : " port " + f.port());
            }
            case VXLAN: {
                TraceEvent.Vxlan v = (TraceEvent.Vxlan) e;
                return (v.encapsulate() ? "encapsulate" : "decapsulate") + " vni " + v.vni() + " " + v.outer().src() + " > "
                        + v.outer().dst() + ": " + frame(v.inner());
            }
            case SOCKET_DELIVERY: {
                TraceEvent.SocketDelivery d = (TraceEvent.SocketDelivery) e;
                return "to socket " + d.socket() + ": " + d.packet().summary();
            }
            case KERNEL_REPLY: {
                TraceEvent.KernelReply r = (TraceEvent.KernelReply) e;
                return "kernel " + r.reply().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " to " + r.request().summary();
            }
            case DNS_QUERY: {
                TraceEvent.DnsQuery q = (TraceEvent.DnsQuery) e;
                return q.server() + " query " + question(q.query());
            }
            case DNS_ANSWER: {
                TraceEvent.DnsAnswer a = (TraceEvent.DnsAnswer) e;
                return a.server() + " answer " + question(a.answer()) + " " + a.answer().rcode() + " "
                        + a.answer().answers().stream().map(ResourceRecord::rdataText).collect(Collectors.joining(" "));
            }
            case RESOLVER_SORT: {
                TraceEvent.ResolverSort s = (TraceEvent.ResolverSort) e;
                return s.profile() + " sorted " + s.input() + " into " + s.output();
            }
            case APP_DECISION: {
                TraceEvent.AppDecision a = (TraceEvent.AppDecision) e;
                return a.app() + " " + a.action().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (a.address() == null ? "" : " " + a.address() + (a.port() == 0 ? "" : ":" + a.port())) + ": " + a.detail();
            }
            case DROP: {
                TraceEvent.Drop d = (TraceEvent.Drop) e;
                return "DROP " + d.reason() + ": " + d.detail();
            }
            case CONTROL_PLANE: {
                TraceEvent.ControlPlane c = (TraceEvent.ControlPlane) e;
                return c.node() + " " + c.step().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + c.task() + ": " + c.detail();
            }
            default:
                return e.kind().wireName();
        }
    }

    private static String frame(Frame f) {
        return f.isArp() ? f.summary() : f.packet().summary();
    }

    private static String question(DnsMessage m) {
        return m.questions().isEmpty() ? "(no question)" : m.question().name() + " " + m.question().type();
    }
}
