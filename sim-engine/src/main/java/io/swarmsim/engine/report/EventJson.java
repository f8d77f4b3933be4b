package io.swarmsim.engine.report;

import static io.swarmsim.engine.report.EventJsonShapes.addresses;
import static io.swarmsim.engine.report.EventJsonShapes.frame;
import static io.swarmsim.engine.report.EventJsonShapes.name;
import static io.swarmsim.engine.report.EventJsonShapes.packet;
import static io.swarmsim.engine.report.EventJsonShapes.place;
import static io.swarmsim.engine.report.EventJsonShapes.service;
import static io.swarmsim.engine.report.EventJsonShapes.text;
import static io.swarmsim.engine.report.EventJsonShapes.tuple;
import static io.swarmsim.engine.report.EventJsonShapes.dns;

import io.swarmsim.kernel.packet.Arp;
import io.swarmsim.kernel.trace.TraceEvent;

/**
 * One {@link TraceEvent} as one line of JSON (the JSON lines of {@code sim trace --json}), written by
 * hand so that the output depends on nothing but the event: no serializer library, no default locale,
 * no map ordering. The fields and their order are documented, kind by kind, in {@code docs/events.md};
 * {@code EventJsonTest} pins every kind's exact line.
 *
 * <p>Every line starts with the common fields {@code "t"}, {@code "trace"}, {@code "netns"},
 * {@code "dev"} ({@code ""} when the event belongs to the namespace as a whole) and {@code "kind"},
 * followed by the event's own fields in the order its record declares them, named in snake_case.
 * Absent values (a route lookup that found nothing, a drop of an ARP frame) are {@code null}; every
 * kind always has the same keys.
 */
public final class EventJson {
    private EventJson() {
    }

    /** The event as one JSON object, without a trailing newline. */
    public static String line(TraceEvent e) {
        JsonOut o = new JsonOut();
        o.open();
        o.num("t", e.time());
        o.num("trace", e.traceId());
        place(o, e.at());
        o.str("kind", e.kind().wireName());
        // A switch expression over the enum has to name every constant (there is no default branch),
        // so a new Kind does not compile until it is written here. Java 17 has no pattern switch over
        // the sealed interface without --enable-preview; EventJsonTest checks that each permitted
        // record's kind() lands on the case that casts to it.
        JsonOut written = switch (e.kind()) {
            case FRAME_SENT -> frameSent(o, (TraceEvent.FrameSent) e);
            case FRAME_RECEIVED -> frameReceived(o, (TraceEvent.FrameReceived) e);
            case HOOK_ENTERED -> hookEntered(o, (TraceEvent.HookEntered) e);
            case RULE_MATCHED -> ruleMatched(o, (TraceEvent.RuleMatched) e);
            case POLICY_APPLIED -> policyApplied(o, (TraceEvent.PolicyApplied) e);
            case CONNTRACK -> conntrack(o, (TraceEvent.Conntrack) e);
            case NAT_APPLIED -> natApplied(o, (TraceEvent.NatApplied) e);
            case IPVS -> ipvs(o, (TraceEvent.Ipvs) e);
            case ROUTE_LOOKUP -> routeLookup(o, (TraceEvent.RouteLookup) e);
            case ARP -> arp(o, (TraceEvent.Arp) e);
            case FDB -> fdb(o, (TraceEvent.Fdb) e);
            case VXLAN -> vxlan(o, (TraceEvent.Vxlan) e);
            case SOCKET_DELIVERY -> socketDelivery(o, (TraceEvent.SocketDelivery) e);
            case KERNEL_REPLY -> kernelReply(o, (TraceEvent.KernelReply) e);
            case DNS_QUERY -> dnsQuery(o, (TraceEvent.DnsQuery) e);
            case DNS_ANSWER -> dnsAnswer(o, (TraceEvent.DnsAnswer) e);
            case RESOLVER_SORT -> resolverSort(o, (TraceEvent.ResolverSort) e);
            case APP_DECISION -> appDecision(o, (TraceEvent.AppDecision) e);
            case CONTROL_PLANE -> controlPlane(o, (TraceEvent.ControlPlane) e);
            case DROP -> drop(o, (TraceEvent.Drop) e);
        };
        written.close();
        return written.toString();
    }

    // ---- the kinds, fields in record order ----

    private static JsonOut frameSent(JsonOut o, TraceEvent.FrameSent e) {
        o.name("to");
        if (e.to() == null) {
            o.nullValue();
        } else {
            o.open();
            place(o, e.to());
            o.close();
        }
        o.name("frame");
        frame(o, e.frame());
        return o;
    }

    private static JsonOut frameReceived(JsonOut o, TraceEvent.FrameReceived e) {
        o.name("frame");
        frame(o, e.frame());
        return o;
    }

    private static JsonOut hookEntered(JsonOut o, TraceEvent.HookEntered e) {
        o.str("hook", name(e.hook()));
        o.str("function", e.function());
        o.num("priority", e.priority());
        o.name("packet");
        packet(o, e.packet());
        return o;
    }

    private static JsonOut ruleMatched(JsonOut o, TraceEvent.RuleMatched e) {
        o.str("hook", name(e.hook()));
        o.str("table", e.table() == null ? null : e.table().tableName());
        o.str("chain", e.chain());
        o.num("rule_number", e.ruleNumber());
        o.str("rule", e.rule());
        o.str("target", e.target());
        o.num("packets", e.packets());
        o.num("bytes", e.bytes());
        o.name("packet");
        packet(o, e.packet());
        return o;
    }

    private static JsonOut policyApplied(JsonOut o, TraceEvent.PolicyApplied e) {
        o.str("hook", name(e.hook()));
        o.str("table", e.table() == null ? null : e.table().tableName());
        o.str("chain", e.chain());
        o.str("verdict", name(e.verdict()));
        o.num("packets", e.packets());
        o.num("bytes", e.bytes());
        return o;
    }

    private static JsonOut conntrack(JsonOut o, TraceEvent.Conntrack e) {
        o.str("hook", name(e.hook()));
        o.str("lookup", name(e.lookup()));
        o.name("original");
        tuple(o, e.original());
        o.str("state", name(e.state()));
        return o;
    }

    private static JsonOut natApplied(JsonOut o, TraceEvent.NatApplied e) {
        o.str("hook", name(e.hook()));
        o.str("side", name(e.side()));
        o.bool("reply", e.reply());
        o.name("before");
        tuple(o, e.before());
        o.name("after");
        tuple(o, e.after());
        o.name("packet");
        packet(o, e.packet());
        return o;
    }

    private static JsonOut ipvs(JsonOut o, TraceEvent.Ipvs e) {
        o.str("hook", name(e.hook()));
        o.str("step", name(e.step()));
        o.name("service");
        service(o, e.service());
        o.str("scheduler", e.scheduler());
        o.str("destination", text(e.destination()));
        o.num("destination_port", e.destinationPort());
        o.str("why", e.why());
        o.name("before");
        packet(o, e.before());
        o.name("after");
        packet(o, e.after());
        return o;
    }

    private static JsonOut routeLookup(JsonOut o, TraceEvent.RouteLookup e) {
        o.str("destination", text(e.destination()));
        o.str("route", e.route());
        o.str("device", e.device());
        o.str("gateway", text(e.gateway()));
        return o;
    }

    private static JsonOut arp(JsonOut o, TraceEvent.Arp e) {
        o.str("step", name(e.step()));
        o.str("target", text(e.target()));
        o.str("mac", text(e.mac()));
        return o;
    }

    private static JsonOut fdb(JsonOut o, TraceEvent.Fdb e) {
        o.str("step", name(e.step()));
        o.str("mac", text(e.mac()));
        o.str("port", e.port());
        return o;
    }

    private static JsonOut vxlan(JsonOut o, TraceEvent.Vxlan e) {
        o.bool("encapsulate", e.encapsulate());
        o.num("vni", e.vni());
        o.name("outer");
        packet(o, e.outer());
        o.name("inner");
        frame(o, e.inner());
        return o;
    }

    private static JsonOut socketDelivery(JsonOut o, TraceEvent.SocketDelivery e) {
        o.str("socket", e.socket());
        o.name("packet");
        packet(o, e.packet());
        return o;
    }

    private static JsonOut kernelReply(JsonOut o, TraceEvent.KernelReply e) {
        o.str("reply", name(e.reply()));
        o.name("request");
        packet(o, e.request());
        return o;
    }

    private static JsonOut dnsQuery(JsonOut o, TraceEvent.DnsQuery e) {
        o.str("server", e.server());
        o.name("query");
        dns(o, e.query());
        return o;
    }

    private static JsonOut dnsAnswer(JsonOut o, TraceEvent.DnsAnswer e) {
        o.str("server", e.server());
        o.name("answer");
        dns(o, e.answer());
        return o;
    }

    private static JsonOut resolverSort(JsonOut o, TraceEvent.ResolverSort e) {
        o.str("profile", e.profile());
        o.name("input");
        addresses(o, e.input());
        o.name("output");
        addresses(o, e.output());
        o.name("pairs");
        o.openArray();
        for (TraceEvent.SortPair p : e.pairs()) {
            o.element();
            o.open();
            o.str("first", text(p.first()));
            o.str("second", text(p.second()));
            o.bool("tie", p.tie());
            o.str("rule", p.rule());
            o.close();
        }
        o.closeArray();
        o.str("summary", e.summary());
        return o;
    }

    private static JsonOut appDecision(JsonOut o, TraceEvent.AppDecision e) {
        o.str("app", e.app());
        o.str("action", name(e.action()));
        o.str("address", text(e.address()));
        o.num("port", e.port());
        o.str("detail", e.detail());
        return o;
    }

    private static JsonOut controlPlane(JsonOut o, TraceEvent.ControlPlane e) {
        o.str("node", e.node());
        o.str("task", e.task());
        o.str("step", name(e.step()));
        o.str("detail", e.detail());
        return o;
    }

    private static JsonOut drop(JsonOut o, TraceEvent.Drop e) {
        o.str("reason", name(e.reason()));
        o.str("detail", e.detail());
        o.name("packet");
        packet(o, e.packet());
        return o;
    }
}
