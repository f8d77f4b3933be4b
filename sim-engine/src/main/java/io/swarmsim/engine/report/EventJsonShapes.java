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
import java.util.List;

/**
 * The shapes event lines share (place, frame, packet, payload, DNS message, conntrack tuple, IPVS
 * service, address lists), each in the fixed key order {@code docs/events.md} documents.
 */
final class EventJsonShapes {
    private EventJsonShapes() {
    }


    static void place(JsonOut o, Place p) {
        o.str("netns", p.netns());
        o.str("dev", p.device());
    }

    /** {@code {"src","dst","ethertype","arp"}} or {@code {"src","dst","ethertype","packet"}}. */
    static void frame(JsonOut o, Frame f) {
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
    static void packet(JsonOut o, Packet p) {
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

    static void payload(JsonOut o, Payload pl) {
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
    static void dns(JsonOut o, DnsMessage m) {
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
    static void tuple(JsonOut o, Tuple t) {
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
    static void service(JsonOut o, ServiceKey k) {
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

    static void addresses(JsonOut o, List<IpAddress> list) {
        o.openArray();
        for (IpAddress a : list) {
            o.element();
            o.string(text(a));
        }
        o.closeArray();
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static String text(IpAddress a) {
        return a == null ? null : a.toString();
    }

    static String text(MacAddress m) {
        return m == null ? null : m.toString();
    }
}
