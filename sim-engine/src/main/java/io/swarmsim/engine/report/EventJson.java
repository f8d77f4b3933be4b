package io.swarmsim.engine.report;

import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.Question;
import io.swarmsim.kernel.dns.ResourceRecord;
import io.swarmsim.kernel.ipvs.ServiceKey;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.packet.Arp;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.IcmpErrorPayload;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;

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
        Out o = new Out();
        o.open();
        o.num("t", e.time());
        o.num("trace", e.traceId());
        place(o, e.at());
        o.str("kind", e.kind().wireName());
        // A switch expression over the enum has to name every constant (there is no default branch),
        // so a new Kind does not compile until it is written here. Java 17 has no pattern switch over
        // the sealed interface without --enable-preview; EventJsonTest checks that each permitted
        // record's kind() lands on the case that casts to it.
        Out written = switch (e.kind()) {
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
            case DROP -> drop(o, (TraceEvent.Drop) e);
        };
        written.close();
        return written.toString();
    }

    // ---- the kinds, fields in record order ----

    private static Out frameSent(Out o, TraceEvent.FrameSent e) {
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

    private static Out frameReceived(Out o, TraceEvent.FrameReceived e) {
        o.name("frame");
        frame(o, e.frame());
        return o;
    }

    private static Out hookEntered(Out o, TraceEvent.HookEntered e) {
        o.str("hook", name(e.hook()));
        o.str("function", e.function());
        o.num("priority", e.priority());
        o.name("packet");
        packet(o, e.packet());
        return o;
    }

    private static Out ruleMatched(Out o, TraceEvent.RuleMatched e) {
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

    private static Out policyApplied(Out o, TraceEvent.PolicyApplied e) {
        o.str("hook", name(e.hook()));
        o.str("table", e.table() == null ? null : e.table().tableName());
        o.str("chain", e.chain());
        o.str("verdict", name(e.verdict()));
        o.num("packets", e.packets());
        o.num("bytes", e.bytes());
        return o;
    }

    private static Out conntrack(Out o, TraceEvent.Conntrack e) {
        o.str("hook", name(e.hook()));
        o.str("lookup", name(e.lookup()));
        o.name("original");
        tuple(o, e.original());
        o.str("state", name(e.state()));
        return o;
    }

    private static Out natApplied(Out o, TraceEvent.NatApplied e) {
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

    private static Out ipvs(Out o, TraceEvent.Ipvs e) {
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

    private static Out routeLookup(Out o, TraceEvent.RouteLookup e) {
        o.str("destination", text(e.destination()));
        o.str("route", e.route());
        o.str("device", e.device());
        o.str("gateway", text(e.gateway()));
        return o;
    }

    private static Out arp(Out o, TraceEvent.Arp e) {
        o.str("step", name(e.step()));
        o.str("target", text(e.target()));
        o.str("mac", text(e.mac()));
        return o;
    }

    private static Out fdb(Out o, TraceEvent.Fdb e) {
        o.str("step", name(e.step()));
        o.str("mac", text(e.mac()));
        o.str("port", e.port());
        return o;
    }

    private static Out vxlan(Out o, TraceEvent.Vxlan e) {
        o.bool("encapsulate", e.encapsulate());
        o.num("vni", e.vni());
        o.name("outer");
        packet(o, e.outer());
        o.name("inner");
        frame(o, e.inner());
        return o;
    }

    private static Out socketDelivery(Out o, TraceEvent.SocketDelivery e) {
        o.str("socket", e.socket());
        o.name("packet");
        packet(o, e.packet());
        return o;
    }

    private static Out kernelReply(Out o, TraceEvent.KernelReply e) {
        o.str("reply", name(e.reply()));
        o.name("request");
        packet(o, e.request());
        return o;
    }

    private static Out dnsQuery(Out o, TraceEvent.DnsQuery e) {
        o.str("server", e.server());
        o.name("query");
        dns(o, e.query());
        return o;
    }

    private static Out dnsAnswer(Out o, TraceEvent.DnsAnswer e) {
        o.str("server", e.server());
        o.name("answer");
        dns(o, e.answer());
        return o;
    }

    private static Out resolverSort(Out o, TraceEvent.ResolverSort e) {
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

    private static Out appDecision(Out o, TraceEvent.AppDecision e) {
        o.str("app", e.app());
        o.str("action", name(e.action()));
        o.str("address", text(e.address()));
        o.num("port", e.port());
        o.str("detail", e.detail());
        return o;
    }

    private static Out drop(Out o, TraceEvent.Drop e) {
        o.str("reason", name(e.reason()));
        o.str("detail", e.detail());
        o.name("packet");
        packet(o, e.packet());
        return o;
    }

    // ---- shared shapes ----

    private static void place(Out o, Place p) {
        o.str("netns", p.netns());
        o.str("dev", p.device());
    }

    /** {@code {"src","dst","ethertype","arp"}} or {@code {"src","dst","ethertype","packet"}}. */
    private static void frame(Out o, Frame f) {
        if (f == null) {
            o.nullValue();
            return;
        }
        o.open();
        o.str("src", text(f.src()));
        o.str("dst", text(f.dst()));
        o.str("ethertype", f.isArp() ? "0x0806" : "0x0800");
        if (f.isArp()) {
            Arp a = f.arp();
            o.name("arp");
            o.open();
            o.str("op", name(a.op()));
            o.str("sender_mac", text(a.senderMac()));
            o.str("sender_ip", text(a.senderIp()));
            o.str("target_mac", text(a.targetMac()));
            o.str("target_ip", text(a.targetIp()));
            o.close();
        } else {
            o.name("packet");
            packet(o, f.packet());
        }
        o.close();
    }

    /**
     * {@code {"src","dst","proto","sport","dport","ttl","mark","len"}}, then for TCP
     * {@code "flags","seq","ack"}, for ICMP {@code "icmp_type"} (and {@code "about"} for an error),
     * then {@code "payload"}.
     */
    private static void packet(Out o, Packet p) {
        if (p == null) {
            o.nullValue();
            return;
        }
        o.open();
        o.str("src", text(p.src()));
        o.str("dst", text(p.dst()));
        o.str("proto", p.protocol().keyword());
        o.num("sport", p.sport());
        o.num("dport", p.dport());
        o.num("ttl", p.ttl());
        o.unsigned("mark", p.mark());
        o.num("len", p.length());
        if (p.protocol() == Protocol.TCP) {
            String flags = TcpFlags.describe(p.tcpFlags());
            o.str("flags", flags.substring(1, flags.length() - 1));
            o.num("seq", p.seq());
            o.num("ack", p.ack());
        } else if (p.protocol() == Protocol.ICMP) {
            o.num("icmp_type", p.icmpType());
            if (p.payload() instanceof IcmpErrorPayload err) {
                o.name("about");
                packet(o, err.original());
            }
        }
        o.name("payload");
        payload(o, p.payload());
        o.close();
    }

    private static void payload(Out o, Payload pl) {
        if (pl == null) {
            o.nullValue();
        } else if (pl instanceof DnsMessage m) {
            dns(o, m);
        } else if (pl instanceof VxlanPayload v) {
            o.open();
            o.num("vni", v.vni());
            o.name("inner");
            frame(o, v.inner());
            o.close();
        } else {
            o.open();
            o.num("bytes", pl.length());
            o.close();
        }
    }

    /** {@code {"id","rcode","question":{"name","type"},"answers":[{"name","type","ttl","data"}]}}. */
    private static void dns(Out o, DnsMessage m) {
        if (m == null) {
            o.nullValue();
            return;
        }
        o.open();
        o.num("id", m.id());
        o.str("rcode", name(m.rcode()));
        o.name("question");
        if (m.questions().isEmpty()) {
            o.nullValue();
        } else {
            Question q = m.questions().get(0);
            o.open();
            o.str("name", q.name());
            o.str("type", q.type().mnemonic());
            o.close();
        }
        o.name("answers");
        o.openArray();
        for (ResourceRecord r : m.answers()) {
            o.element();
            o.open();
            o.str("name", r.name());
            o.str("type", r.type().mnemonic());
            o.num("ttl", r.ttl());
            o.str("data", r.rdataText());
            o.close();
        }
        o.closeArray();
        o.close();
    }

    /** {@code {"proto","src","sport","dst","dport"}}. */
    private static void tuple(Out o, Tuple t) {
        if (t == null) {
            o.nullValue();
            return;
        }
        o.open();
        o.str("proto", t.protocol().keyword());
        o.str("src", text(t.src()));
        o.num("sport", t.sport());
        o.str("dst", text(t.dst()));
        o.num("dport", t.dport());
        o.close();
    }

    /** {@code {"fwmark"}} or {@code {"proto","addr","port"}}. */
    private static void service(Out o, ServiceKey k) {
        if (k == null) {
            o.nullValue();
            return;
        }
        o.open();
        if (k.isFwmark()) {
            o.unsigned("fwmark", k.fwmark());
        } else {
            o.str("proto", k.protocol().keyword());
            o.str("addr", text(k.address()));
            o.num("port", k.port());
        }
        o.close();
    }

    private static void addresses(Out o, List<IpAddress> list) {
        o.openArray();
        for (IpAddress a : list) {
            o.element();
            o.string(text(a));
        }
        o.closeArray();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String text(IpAddress a) {
        return a == null ? null : a.toString();
    }

    private static String text(MacAddress m) {
        return m == null ? null : m.toString();
    }

    /** A JSON writer that knows only whether the next member or element needs a comma. */
    private static final class Out {
        private final StringBuilder sb = new StringBuilder(512);
        private boolean first = true;

        void open() {
            sb.append('{');
            first = true;
        }

        void close() {
            sb.append('}');
            first = false;
        }

        void openArray() {
            sb.append('[');
            first = true;
        }

        void closeArray() {
            sb.append(']');
            first = false;
        }

        /** Before an array element. */
        void element() {
            if (!first) {
                sb.append(',');
            }
            first = false;
        }

        void name(String n) {
            element();
            sb.append('"').append(n).append("\":");
        }

        void str(String n, String v) {
            name(n);
            string(v);
        }

        void num(String n, long v) {
            name(n);
            sb.append(Long.toString(v));
        }

        /** An int the kernel treats as unsigned 32-bit (marks). */
        void unsigned(String n, int v) {
            name(n);
            sb.append(Integer.toUnsignedString(v));
        }

        void bool(String n, boolean v) {
            name(n);
            sb.append(v ? "true" : "false");
        }

        void nullValue() {
            sb.append("null");
            first = false;
        }

        /**
         * A JSON string (RFC 8259 §7): {@code "} and {@code \} escaped, control characters as
         * {@code \b \f \n \r \t} or {@code \}{@code u00XX}, U+2028 and U+2029 as {@code \}{@code u2028} /
         * {@code \}{@code u2029} (JavaScript line terminators), an unpaired surrogate as
         * {@code \}{@code uXXXX} (it has no UTF-8 form); everything else as it is.
         */
        void string(String s) {
            if (s == null) {
                sb.append("null");
                return;
            }
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\b' -> sb.append("\\b");
                    case '\f' -> sb.append("\\f");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            hex(c);
                        } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else if (Character.isSurrogate(c)) {
                            hex(c);
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }

        private void hex(char c) {
            sb.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
                sb.append("0123456789abcdef".charAt((c >>> shift) & 0xf));
            }
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
