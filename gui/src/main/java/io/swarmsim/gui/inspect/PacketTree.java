package io.swarmsim.gui.inspect;

import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.ResourceRecord;
import io.swarmsim.kernel.packet.Arp;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.IcmpErrorPayload;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;

/**
 * The headers an event carries as a tree, one item per layer as Wireshark lists them (Ethernet,
 * IPv4, TCP/UDP/ICMP, VXLAN with the inner frame's layers after it, DNS), the layer's item saying the
 * essentials and its children every field. The skb mark is not on the wire but is what decides
 * IPVS here, so the IPv4 line shows it when set.
 */
final class PacketTree {
    private PacketTree() {
    }

    /** A hidden root whose children are the event's layers; for IPVS the packet before and after as two groups. */
    static TreeItem<String> of(TraceEvent e) {
        TreeItem<String> root = new TreeItem<>("headers");
        root.setExpanded(true);
        List<TreeItem<String>> layers = root.getChildren();
        if (e instanceof TraceEvent.FrameSent f) {
            frame(layers, f.frame(), "");
        } else if (e instanceof TraceEvent.FrameReceived f) {
            frame(layers, f.frame(), "");
        } else if (e instanceof TraceEvent.Vxlan v) {
            packet(layers, v.outer(), "outer ");
        } else if (e instanceof TraceEvent.Ipvs v) {
            layers.add(group("before IPVS", v.before()));
            if (v.after() != null) {
                layers.add(group("after IPVS", v.after()));
            }
        } else if (e instanceof TraceEvent.KernelReply r) {
            packet(layers, r.request(), "");
        } else if (e instanceof TraceEvent.DnsQuery q) {
            layers.add(dns(q.query()));
        } else if (e instanceof TraceEvent.DnsAnswer a) {
            layers.add(dns(a.answer()));
        } else {
            Packet p = Packets.carried(e);
            if (p != null) {
                packet(layers, p, "");
            }
        }
        return root;
    }

    private static TreeItem<String> group(String title, Packet p) {
        TreeItem<String> g = new TreeItem<>(title + ": " + Formats.flow(p) + (p.mark() != 0 ? ", mark " + Formats.mark(p.mark()) : ""));
        packet(g.getChildren(), p, "");
        g.setExpanded(true);
        return g;
    }

    static void frame(List<TreeItem<String>> out, Frame f, String prefix) {
        String type = f.isArp() ? "0x0806 (ARP)" : "0x0800 (IPv4)";
        out.add(item(prefix + "Ethernet II, " + f.src() + " → " + f.dst() + (f.isBroadcast() ? " (broadcast)" : ""),
                "Source: " + f.src(), "Destination: " + f.dst(), "Type: " + type, "Frame length: " + f.length() + " bytes"));
        if (f.isArp()) {
            out.add(arp(f.arp(), prefix));
        } else {
            packet(out, f.packet(), prefix);
        }
    }

    private static TreeItem<String> arp(Arp a, String prefix) {
        String title = a.op() == Arp.Op.REQUEST ? "ARP request: who has " + a.targetIp() + "? tell " + a.senderIp()
                : "ARP reply: " + a.senderIp() + " is at " + a.senderMac();
        return item(prefix + title, "Opcode: " + a.op(), "Sender MAC: " + a.senderMac(), "Sender IP: " + a.senderIp(),
                "Target MAC: " + a.targetMac(), "Target IP: " + a.targetIp());
    }

    static void packet(List<TreeItem<String>> out, Packet p, String prefix) {
        String v = p.src().isV4() ? "IPv4" : "IPv6";
        out.add(item(prefix + v + ", " + p.src() + " → " + p.dst() + ", TTL " + p.ttl() + ", length " + p.length()
                        + (p.mark() != 0 ? ", mark " + Formats.mark(p.mark()) : ""),
                "Source: " + p.src(), "Destination: " + p.dst(), "Protocol: " + p.protocol().keyword() + " (" + p.protocol().number() + ")",
                "TTL: " + p.ttl(), "Total length: " + p.length() + " bytes",
                "Mark (skb->mark, kept by the kernel, never sent): " + Formats.mark(p.mark())));
        switch (p.protocol()) {
            case TCP -> out.add(item(prefix + "TCP, " + p.sport() + " → " + p.dport() + ", flags " + TcpFlags.describe(p.tcpFlags())
                            + ", seq " + p.seq() + (p.ack() != 0 ? ", ack " + p.ack() : ""),
                    "Source port: " + p.sport(), "Destination port: " + p.dport(), "Flags: " + TcpFlags.describe(p.tcpFlags()),
                    "Sequence number: " + p.seq(), "Acknowledgment number: " + p.ack(), "Payload: " + p.payload().length() + " bytes"));
            case UDP -> out.add(item(prefix + "UDP, " + p.sport() + " → " + p.dport() + ", payload " + p.payload().length() + " bytes",
                    "Source port: " + p.sport(), "Destination port: " + p.dport(), "Length: " + (8 + p.payload().length())));
            case ICMP -> out.add(icmp(p, prefix));
        }
        payload(out, p.payload(), prefix);
    }

    private static TreeItem<String> icmp(Packet p, String prefix) {
        if (p.payload() instanceof IcmpErrorPayload err) {
            String what = p.icmpType() == Packet.ICMP_TIME_EXCEEDED ? "time exceeded" : "destination unreachable (code " + p.dport() + ")";
            TreeItem<String> i = item(prefix + "ICMP " + what + ", about " + Formats.flow(err.original()),
                    "Type: " + p.icmpType(), "Code: " + p.dport());
            List<TreeItem<String>> quoted = new ArrayList<>();
            packet(quoted, err.original(), "quoted ");
            i.getChildren().addAll(quoted);
            return i;
        }
        String what = p.icmpType() == Packet.ICMP_ECHO_REQUEST ? "echo request" : p.icmpType() == Packet.ICMP_ECHO_REPLY ? "echo reply"
                : "type " + p.icmpType();
        return item(prefix + "ICMP " + what + ", id " + p.sport() + ", seq " + p.dport(),
                "Type: " + p.icmpType(), "Identifier: " + p.sport(), "Sequence number: " + p.dport());
    }

    private static void payload(List<TreeItem<String>> out, Payload pl, String prefix) {
        if (pl instanceof VxlanPayload v) {
            out.add(item(prefix + "VXLAN, VNI " + v.vni(), "VNI: " + v.vni(), "Flags: 0x08 (VNI valid)"));
            frame(out, v.inner(), "inner ");
        } else if (pl instanceof DnsMessage m) {
            out.add(dns(m));
        } else if (!(pl instanceof IcmpErrorPayload) && pl.length() > 0) {
            out.add(new TreeItem<>(prefix + "Data, " + pl.length() + " bytes"));
        }
    }

    static TreeItem<String> dns(DnsMessage m) {
        String kind = m.qr() ? "response" : "query";
        StringBuilder title = new StringBuilder("DNS " + kind + " 0x" + Integer.toHexString(m.id()) + ": " + EventText.question(m));
        if (m.qr()) {
            title.append(" ").append(m.rcode());
            m.answers().forEach(r -> title.append(" → ").append(r.rdataText()));
        }
        TreeItem<String> i = item(title.toString(), "Transaction ID: 0x" + Integer.toHexString(m.id()),
                "Flags: " + flags(m), "Response code: " + m.rcode());
        m.questions().forEach(q -> i.getChildren().add(new TreeItem<>("Question: " + q.name() + " " + q.type())));
        for (ResourceRecord r : m.answers()) {
            i.getChildren().add(new TreeItem<>("Answer: " + EventText.record(r)));
        }
        return i;
    }

    private static String flags(DnsMessage m) {
        List<String> f = new ArrayList<>();
        if (m.qr()) {
            f.add("qr");
        }
        if (m.aa()) {
            f.add("aa");
        }
        if (m.tc()) {
            f.add("tc");
        }
        if (m.rd()) {
            f.add("rd");
        }
        if (m.ra()) {
            f.add("ra");
        }
        return String.join(" ", f);
    }

    private static TreeItem<String> item(String title, String... fields) {
        TreeItem<String> i = new TreeItem<>(title);
        for (String f : fields) {
            i.getChildren().add(new TreeItem<>(f));
        }
        return i;
    }
}
