package io.swarmsim.gui.inspect;

import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fields of one event as (name, value) rows, in words a learner can follow: for NAT the tuple
 * before and after, for IPVS the service, scheduler, chosen server and the scheduler's reason, for a
 * rule its chain, number, text, target and counters, for a resolver its input and output order.
 * (A resolver's pairwise decisions are a table of their own, see {@link InspectorView}.)
 */
final class EventDetails {
    record Row(String key, String value) {
    }

    private EventDetails() {
    }

    static List<Row> of(TraceEvent e) {
        List<Row> r = new ArrayList<>();
        switch (e.kind()) {
            case FRAME_SENT -> {
                TraceEvent.FrameSent f = (TraceEvent.FrameSent) e;
                r.add(new Row("to", f.to().toString()));
                r.add(new Row("frame", EventText.frame(f.frame())));
            }
            case FRAME_RECEIVED -> r.add(new Row("frame", EventText.frame(((TraceEvent.FrameReceived) e).frame())));
            case HOOK_ENTERED -> {
                TraceEvent.HookEntered h = (TraceEvent.HookEntered) e;
                r.add(new Row("hook", h.hook().name()));
                r.add(new Row("function", h.function() + " (priority " + HookStages.priority(h.priority()) + ")"));
            }
            case RULE_MATCHED -> {
                TraceEvent.RuleMatched m = (TraceEvent.RuleMatched) e;
                r.add(new Row("hook", m.hook().name()));
                r.add(new Row("rule", m.table().tableName() + " " + m.chain() + " rule " + m.ruleNumber()));
                r.add(new Row("text", m.rule()));
                r.add(new Row("target", m.target()));
                r.add(new Row("counters", Formats.counters(m.packets(), m.bytes()) + " after this packet"));
                if (m.packet().mark() != 0) {
                    r.add(new Row("mark now", Formats.mark(m.packet().mark())));
                }
            }
            case POLICY_APPLIED -> {
                TraceEvent.PolicyApplied p = (TraceEvent.PolicyApplied) e;
                r.add(new Row("hook", p.hook().name()));
                r.add(new Row("chain", p.table().tableName() + " " + p.chain() + " (no rule decided)"));
                r.add(new Row("policy", p.verdict().name()));
                r.add(new Row("counters", Formats.counters(p.packets(), p.bytes()) + " after this packet"));
            }
            case CONNTRACK -> {
                TraceEvent.Conntrack c = (TraceEvent.Conntrack) e;
                r.add(new Row("hook", c.hook().name()));
                r.add(new Row("lookup", c.lookup() + ": " + EventText.conntrack(c)));
                r.add(new Row("connection", Formats.tuple(c.original())));
                r.add(new Row("ctstate", c.state().name()));
            }
            case NAT_APPLIED -> {
                TraceEvent.NatApplied n = (TraceEvent.NatApplied) e;
                r.add(new Row("hook", n.hook().name()));
                r.add(new Row("kind", n.side() + (n.reply() ? ", undoing the connection's NAT for a reply" : ", from a rule's binding")));
                r.add(new Row("before", Formats.tuple(n.before())));
                r.add(new Row("after", Formats.tuple(n.after())));
                Packets.changes(e, null).forEach(c -> r.add(new Row("changed", c)));
            }
            case IPVS -> {
                TraceEvent.Ipvs v = (TraceEvent.Ipvs) e;
                r.add(new Row("hook", v.hook().name()));
                r.add(new Row("step", v.step().name()));
                r.add(new Row("service", v.service() == null ? "-" : v.service().toString()));
                r.add(new Row("scheduler", v.scheduler() == null ? "-" : v.scheduler()));
                r.add(new Row("destination", v.destination() == null ? "none" : Formats.endpoint(v.destination(), v.destinationPort())));
                r.add(new Row("why", v.why()));
                r.add(new Row("before", Formats.flow(v.before()) + ", mark " + Formats.mark(v.before().mark())));
                r.add(new Row("after", v.after() == null ? "(dropped)" : Formats.flow(v.after())));
            }
            case ROUTE_LOOKUP -> {
                TraceEvent.RouteLookup l = (TraceEvent.RouteLookup) e;
                r.add(new Row("destination", l.destination().toString()));
                r.add(new Row("route", l.found() ? l.route() : "none (network unreachable)"));
                if (l.found()) {
                    r.add(new Row("device", l.device()));
                    r.add(new Row("gateway", l.gateway() == null ? "none (directly connected)" : l.gateway().toString()));
                }
            }
            case ARP -> {
                TraceEvent.Arp a = (TraceEvent.Arp) e;
                r.add(new Row("step", a.step().name()));
                r.add(new Row("target", a.target().toString()));
                r.add(new Row("MAC", a.mac() == null ? "not known yet" : a.mac().toString()));
            }
            case FDB -> {
                TraceEvent.Fdb f = (TraceEvent.Fdb) e;
                r.add(new Row("step", f.step().name()));
                r.add(new Row("MAC", f.mac().toString()));
                r.add(new Row("port", f.port() == null ? "-" : f.port()));
            }
            case VXLAN -> {
                TraceEvent.Vxlan v = (TraceEvent.Vxlan) e;
                r.add(new Row("direction", v.encapsulate() ? "encapsulate (overlay frame into a UDP packet)" : "decapsulate"));
                r.add(new Row("VNI", Integer.toString(v.vni())));
                r.add(new Row("outer", Formats.flow(v.outer())));
                r.add(new Row("inner", EventText.frame(v.inner())));
            }
            case SOCKET_DELIVERY -> {
                TraceEvent.SocketDelivery d = (TraceEvent.SocketDelivery) e;
                r.add(new Row("socket", d.socket()));
                r.add(new Row("packet", d.packet().summary()));
            }
            case KERNEL_REPLY -> {
                TraceEvent.KernelReply k = (TraceEvent.KernelReply) e;
                r.add(new Row("reply", k.reply().name()));
                r.add(new Row("to", k.request().summary()));
            }
            case DNS_QUERY -> {
                TraceEvent.DnsQuery q = (TraceEvent.DnsQuery) e;
                r.add(new Row("server", q.server()));
                r.add(new Row("question", EventText.question(q.query())));
            }
            case DNS_ANSWER -> {
                TraceEvent.DnsAnswer a = (TraceEvent.DnsAnswer) e;
                r.add(new Row("server", a.server()));
                r.add(new Row("question", EventText.question(a.answer())));
                r.add(new Row("rcode", a.answer().rcode().name()));
                a.answer().answers().forEach(x -> r.add(new Row("answer", EventText.record(x))));
            }
            case RESOLVER_SORT -> {
                TraceEvent.ResolverSort s = (TraceEvent.ResolverSort) e;
                r.add(new Row("resolver", s.profile()));
                r.add(new Row("input", join(s.input()) + "  (as DNS answered)"));
                r.add(new Row("output", join(s.output()) + "  (the order tried)"));
                r.add(new Row("summary", s.summary()));
            }
            case APP_DECISION -> {
                TraceEvent.AppDecision a = (TraceEvent.AppDecision) e;
                r.add(new Row("program", a.app()));
                r.add(new Row("action", a.action().name()));
                if (a.address() != null) {
                    r.add(new Row("address", Formats.endpoint(a.address(), a.port())));
                }
                r.add(new Row("detail", a.detail()));
            }
            case DROP -> {
                TraceEvent.Drop d = (TraceEvent.Drop) e;
                r.add(new Row("reason", d.reason().name()));
                r.add(new Row("detail", d.detail()));
                r.add(new Row("packet", EventText.packet(d.packet())));
            }
            case CONTROL_PLANE -> {
                TraceEvent.ControlPlane c = (TraceEvent.ControlPlane) e;
                r.add(new Row("node", c.node()));
                r.add(new Row("task", c.task()));
                r.add(new Row("step", c.step().name()));
                r.add(new Row("detail", c.detail()));
            }
        }
        return r;
    }

    private static String join(List<?> xs) {
        return xs.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
