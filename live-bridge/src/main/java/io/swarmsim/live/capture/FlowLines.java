package io.swarmsim.live.capture;

import io.swarmsim.kernel.dns.AddressRecord;
import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.ResourceRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One captured frame as one line of a flow, or nothing: what the model decides and the kernel must
 * agree with, without what differs by nature between two runs (the client's ephemeral ports, which
 * both sides pick at random, are written {@code *}; times; checksums). Kept: DNS questions and
 * answers (name, type, addresses in order), TCP connection opening ({@code SYN}, {@code SYN-ACK}) with
 * its addresses and server port, the vote page's container ID in an HTTP answer (which task
 * answered), ICMP, and VXLAN with its outer addresses and VNI around the inner frame's line (a
 * VXLAN packet whose inner frame is dropped is dropped too).
 * Dropped: ARP and IPv6 (neighbour discovery and router solicitations depend on cache state and
 * timers, not on the scenario), TCP segments that only carry ACKs, FINs or data other than the
 * vote page.
 */
public final class FlowLines {
    /** What is dropped and why, for the report. */
    public static final List<String> DROPPED = List.of(
            "ARP and IPv6 frames: neighbour discovery and router solicitations follow cache state and timers, not the scenario",
            "TCP segments past the handshake except the vote page (ACKs, FINs and their timing vary); client ports are '*'");

    private static final Pattern CONTAINER = Pattern.compile("container ID ([0-9a-f]{12})");

    /** The outer IPv4 header of a VXLAN packet: the DF bit and the IP ID (issue 9 point 7 compares them). */
    public record Outer(boolean df, int ipId) {
    }

    private FlowLines() {
    }

    /** The flow line of an Ethernet frame, if it has one. */
    public static Optional<String> of(byte[] f) {
        return ethernet(f, 0, f.length);
    }

    /**
     * Whether an IPv4 frame is addressed to one of {@code addresses}, or is an ICMP error about a
     * packet that was (the host-unreachable a kernel sends itself when ARP gets no answer).
     */
    static boolean about(byte[] f, java.util.Set<String> addresses) {
        if (addresses.isEmpty() || f.length < 14 + 20 || u16(f, 12) != 0x0800) {
            return false;
        }
        int ip = 14;
        if (addresses.contains(addr(f, ip + 16))) {
            return true;
        }
        int icmp = ip + (f[ip] & 0x0f) * 4;
        int quoted = icmp + 8;
        return (f[ip + 9] & 0xff) == 1 && f.length >= quoted + 20 && (f[icmp] & 0xff) == 3 && addresses.contains(addr(f, quoted + 16));
    }

    /** The VXLAN outer header of an Ethernet frame that carries VXLAN. */
    public static Optional<Outer> outer(byte[] f) {
        if (f.length < 14 + 20 + 8 + 8 || u16(f, 12) != 0x0800 || (f[23] & 0xff) != 17) {
            return Optional.empty();
        }
        int ip = 14;
        int udp = ip + (f[ip] & 0x0f) * 4;
        if (u16(f, udp + 2) != 4789) {
            return Optional.empty();
        }
        return Optional.of(new Outer((f[ip + 6] & 0x40) != 0, u16(f, ip + 4)));
    }

    private static Optional<String> ethernet(byte[] f, int off, int end) {
        if (end - off < 14 || u16(f, off + 12) != 0x0800) {
            return Optional.empty();
        }
        return ipv4(f, off + 14, end);
    }

    private static Optional<String> ipv4(byte[] f, int ip, int end) {
        if (end - ip < 20) {
            return Optional.empty();
        }
        int hl = (f[ip] & 0x0f) * 4;
        int total = Math.min(end - ip, u16(f, ip + 2));
        int proto = f[ip + 9] & 0xff;
        String src = addr(f, ip + 12);
        String dst = addr(f, ip + 16);
        int l4 = ip + hl;
        int stop = ip + total;
        return switch (proto) {
            case 1 -> icmp(f, l4, src, dst);
            case 6 -> tcp(f, l4, stop, src, dst);
            case 17 -> udp(f, l4, stop, src, dst);
            default -> Optional.of("ip proto " + proto + " " + src + " > " + dst);
        };
    }

    private static Optional<String> icmp(byte[] f, int at, String src, String dst) {
        int type = f[at] & 0xff;
        int code = f[at + 1] & 0xff;
        String what = type == 8 ? "echo request" : type == 0 ? "echo reply" : type == 3 ? "unreachable code " + code : "type " + type + " code " + code;
        return Optional.of("icmp " + what + " " + src + " > " + dst);
    }

    private static Optional<String> tcp(byte[] f, int at, int stop, String src, String dst) {
        int sport = u16(f, at);
        int dport = u16(f, at + 2);
        int flags = f[at + 13] & 0x3f;
        boolean syn = (flags & 0x02) != 0;
        boolean ack = (flags & 0x10) != 0;
        if (syn && !ack) {
            return Optional.of("tcp SYN " + src + ":* > " + dst + ":" + dport);
        }
        if (syn) {
            return Optional.of("tcp SYN-ACK " + src + ":" + sport + " > " + dst + ":*");
        }
        if ((flags & 0x04) != 0) {
            return Optional.of("tcp RST " + src + " > " + dst);
        }
        int data = at + ((f[at + 12] & 0xf0) >> 4) * 4;
        if (data < stop) {
            Matcher m = CONTAINER.matcher(new String(f, data, stop - data, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                return Optional.of("http page " + src + ":" + sport + " > " + dst + ":* container ID " + m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> udp(byte[] f, int at, int stop, String src, String dst) {
        int sport = u16(f, at);
        int dport = u16(f, at + 2);
        int payload = at + 8;
        if (dport == 4789) {
            int vni = ((f[payload + 4] & 0xff) << 16) | ((f[payload + 5] & 0xff) << 8) | (f[payload + 6] & 0xff);
            return ethernet(f, payload + 8, stop).map(inner -> "vxlan " + src + " > " + dst + " vni " + vni + ": " + inner);
        }
        byte[] msg = java.util.Arrays.copyOfRange(f, payload, stop);
        try {
            DnsMessage m = DnsMessage.decode(msg);
            if (!m.questions().isEmpty() && (sport == 53 || dport == 53 || src.equals("127.0.0.11") || dst.equals("127.0.0.11"))) {
                return Optional.of(dns(m, src, dst));
            }
        } catch (RuntimeException e) {
            // not DNS
        }
        return Optional.of("udp " + src + " > " + dst + ":" + (dport < 32768 ? String.valueOf(dport) : "*"));
    }

    private static String dns(DnsMessage m, String src, String dst) {
        String q = m.question().name() + " " + m.question().type();
        if (!m.qr()) {
            return "dns query " + q + " " + src + " > " + dst;
        }
        List<String> ips = new ArrayList<>();
        for (ResourceRecord r : m.answers()) {
            if (r instanceof AddressRecord a) {
                ips.add(a.address().toString() + " ttl " + a.ttl());
            }
        }
        return "dns answer " + q + " " + m.rcode() + " [" + String.join(", ", ips) + "] " + src + " > " + dst;
    }

    static String addr(byte[] f, int at) {
        return String.format(Locale.ROOT, "%d.%d.%d.%d", f[at] & 0xff, f[at + 1] & 0xff, f[at + 2] & 0xff, f[at + 3] & 0xff);
    }

    static int u16(byte[] f, int at) {
        return ((f[at] & 0xff) << 8) | (f[at + 1] & 0xff);
    }
}
