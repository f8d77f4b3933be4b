package io.swarmsim.engine.report;

import io.swarmsim.kernel.dns.AddressRecord;
import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.ResourceRecord;
import io.swarmsim.kernel.netfilter.Verdict;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One event as a line of {@code sim trace}: its stage, where in the namespace it happened, and what
 * was decided. Frames entering a hook and ACCEPT policies are left out (a packet that passes a hook
 * untouched shows nothing there); everything else has a line.
 */
final class TraceText {
    /** A line's three columns. */
    record Line(String stage, String where, String detail) {
    }

    private TraceText() {
    }

    static Optional<Line> of(TraceEvent e) {
        return Optional.ofNullable(switch (e.kind()) {
            case FRAME_SENT -> {
                TraceEvent.FrameSent f = (TraceEvent.FrameSent) e;
                yield new Line("link", dev(e), "sent " + f.frame().summary() + " to " + f.to());
            }
            case FRAME_RECEIVED -> {
                TraceEvent.FrameReceived f = (TraceEvent.FrameReceived) e;
                yield new Line("link", dev(e), "received " + f.frame().summary());
            }
            case HOOK_ENTERED -> {
                yield null;
            }
            case RULE_MATCHED -> {
                TraceEvent.RuleMatched r = (TraceEvent.RuleMatched) e;
                yield new Line("netfilter", r.table().tableName() + " " + r.hook(),
                    r.chain() + " rule " + r.ruleNumber() + " `" + r.rule() + "` (" + r.packets() + " packets, " + r.bytes() + " bytes)");
            }
            case POLICY_APPLIED -> {
                TraceEvent.PolicyApplied p = (TraceEvent.PolicyApplied) e;
                yield p.verdict() == Verdict.ACCEPT ? null
                    : new Line("netfilter", p.table().tableName() + " " + p.hook(), p.chain() + " policy " + p.verdict());
            }
            case CONNTRACK -> {
                TraceEvent.Conntrack c = (TraceEvent.Conntrack) e;
                yield new Line("conntrack", c.hook().name(), conntrack(c));
            }
            case NAT_APPLIED -> {
                TraceEvent.NatApplied n = (TraceEvent.NatApplied) e;
                yield new Line("nat", "nat " + n.hook(), nat(n));
            }
            case IPVS -> {
                TraceEvent.Ipvs v = (TraceEvent.Ipvs) e;
                yield new Line("ipvs", "ipvs " + v.hook(), ipvs(v));
            }
            case ROUTE_LOOKUP -> {
                TraceEvent.RouteLookup r = (TraceEvent.RouteLookup) e;
                yield new Line("route", "fib", r.found() ? r.destination() + " -> " + r.route()
                    : "no route to " + r.destination());
            }
            case ARP -> {
                TraceEvent.Arp a = (TraceEvent.Arp) e;
                yield new Line("arp", dev(e), arp(a));
            }
            case FDB -> {
                TraceEvent.Fdb f = (TraceEvent.Fdb) e;
                yield new Line("fdb", dev(e), switch (f.step()) {
                case LEARN -> "learned " + f.mac() + " on port " + f.port();
                case HIT -> f.mac() + " is on port " + f.port();
                case FLOOD -> f.mac() + " unknown, flooding";
            });
            }
            case VXLAN -> {
                TraceEvent.Vxlan v = (TraceEvent.Vxlan) e;
                yield new Line("vxlan", dev(e), v.encapsulate()
                    ? "encapsulate: outer " + v.outer().src() + ":" + v.outer().sport() + " > " + v.outer().dst() + ":" + v.outer().dport()
                            + " VXLAN vni " + v.vni() + ", inner " + inner(v.inner())
                    : "decapsulate VXLAN vni " + v.vni() + " from " + v.outer().src() + ": " + inner(v.inner()));
            }
            case SOCKET_DELIVERY -> {
                TraceEvent.SocketDelivery d = (TraceEvent.SocketDelivery) e;
                yield new Line("deliver", d.socket(), "delivered " + d.packet().summary());
            }
            case KERNEL_REPLY -> {
                TraceEvent.KernelReply r = (TraceEvent.KernelReply) e;
                yield new Line("reply", r.request().protocol().keyword(), reply(r));
            }
            case DNS_QUERY -> {
                TraceEvent.DnsQuery q = (TraceEvent.DnsQuery) e;
                yield new Line("dns", q.server(), "query " + q.query().question().name() + " "
                    + q.query().question().type());
            }
            case DNS_ANSWER -> {
                TraceEvent.DnsAnswer a = (TraceEvent.DnsAnswer) e;
                yield new Line("dns", a.server(), "answer " + answer(a.answer()));
            }
            case RESOLVER_SORT -> {
                TraceEvent.ResolverSort s = (TraceEvent.ResolverSort) e;
                yield new Line("resolver", s.profile(), "sorted " + s.input() + " into " + s.output()
                    + s.pairs().stream().map(p -> "; " + (p.tie() ? "tie " + p.first() + " = " + p.second() + " (" + p.rule() + ")"
                            : p.first() + " before " + p.second() + " (" + p.rule() + ")")).collect(Collectors.joining())
                    + (s.pairs().isEmpty() ? " (" + s.summary() + ")" : ""));
            }
            case APP_DECISION -> {
                TraceEvent.AppDecision a = (TraceEvent.AppDecision) e;
                // a decision's detail says what was decided; only "connect" needs the address in front
                yield new Line("app", a.app(), a.action() != TraceEvent.AppAction.CONNECT ? a.detail()
                    : "connect " + a.address() + (a.port() == 0 ? "" : ":" + a.port()) + ": " + a.detail());
            }
            case CONTROL_PLANE -> {
                TraceEvent.ControlPlane c = (TraceEvent.ControlPlane) e;
                yield new Line("control", c.node(), c.step().name().toLowerCase(java.util.Locale.ROOT) + " " + c.task() + ": " + c.detail());
            }
            case DROP -> {
                TraceEvent.Drop d = (TraceEvent.Drop) e;
                yield new Line("drop", dev(e).isEmpty() ? d.reason().name() : dev(e), d.reason() + ": " + d.detail());
            }
        });
    }

    /** An encapsulated frame shown by what it carries (its MACs are on the frame's own lines). */
    private static String inner(io.swarmsim.kernel.packet.Frame f) {
        return f.isArp() ? f.summary() : f.packet().summary();
    }

    private static String dev(TraceEvent e) {
        return e.at().device();
    }

    private static String conntrack(TraceEvent.Conntrack c) {
        return switch (c.lookup()) {
            case NEW -> "new connection " + c.original();
            case KNOWN -> "known connection " + c.original();
            case REPLY -> "reply of " + c.original();
            case RELATED -> "related to " + c.original();
            case INVALID -> "no connection for this packet (an ICMP error about none, or a stray RST)";
        } + ", state " + c.state();
    }

    private static String nat(TraceEvent.NatApplied n) {
        boolean dst = n.side() == TraceEvent.NatSide.DNAT;
        return (dst ? "destination " + n.before().dst() + ":" + n.before().dport() + " -> " + n.after().dst() + ":" + n.after().dport()
                : "source " + n.before().src() + ":" + n.before().sport() + " -> " + n.after().src() + ":" + n.after().sport())
                + (n.reply() ? " (reply: undoing the connection's NAT)" : "");
    }

    private static String ipvs(TraceEvent.Ipvs v) {
        Packet b = v.before();
        Packet a = v.after();
        return switch (v.step()) {
            case DROPPED -> v.why();
            case REPLY -> v.why() + "; source " + b.src() + ":" + b.sport() + " -> " + a.src() + ":" + a.sport();
            case SCHEDULED, EXISTING -> v.why() + "; destination " + b.dst() + ":" + b.dport() + " -> " + a.dst() + ":" + a.dport();
        };
    }

    private static String arp(TraceEvent.Arp a) {
        return switch (a.step()) {
            case REQUEST -> "who-has " + a.target() + " (packet waits)";
            case REPLY -> "reply " + a.target() + " is-at " + a.mac();
            case PROXY_REPLY -> "proxy reply " + a.target() + " is-at " + a.mac() + " from the static entry; the request never crosses the underlay";
            case PROXY_MISS -> "proxy: no entry for " + a.target() + " (l3miss), nothing answers";
            case LEARNED -> a.target() + " is-at " + a.mac() + " (REACHABLE)";
            case FAILED -> "no answer from " + a.target() + " after 3 probes (FAILED)";
        };
    }

    private static String reply(TraceEvent.KernelReply r) {
        Packet p = r.request();
        return switch (r.reply()) {
            case ECHO_REPLY -> "kernel answers echo request with echo reply";
            case TCP_RESET -> "nothing listens on " + p.dst() + ":" + p.dport() + ", kernel answers RST";
            case PORT_UNREACHABLE -> "nothing listens on " + p.dst() + ":" + p.dport() + ", kernel answers ICMP port unreachable";
            case TIME_EXCEEDED -> "TTL exceeded in transit, kernel answers ICMP time exceeded";
        };
    }

    private static String answer(DnsMessage m) {
        String records = m.answers().stream().map(TraceText::record).collect(Collectors.joining(", "));
        return m.question().name() + " " + m.question().type() + " " + m.rcode() + (records.isEmpty() ? "" : ": " + records);
    }

    private static String record(ResourceRecord r) {
        return r instanceof AddressRecord a ? a.address() + " (TTL " + a.ttl() + ")" : r.toString();
    }
}
