package io.swarmsim.live.capture;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.pcap.CapturePlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TCP connections of one side's captures, each joined across every capture point it crossed:
 * a connection is known by its client's initial sequence number, which no NAT on the way rewrites
 * (DNAT, SNAT, MASQUERADE and IPVS's NAT change addresses and ports, never sequence numbers), so
 * its opening SYN found at each point gives the 5-tuple there, before and after each translation.
 * The answer (the vote page's container ID) is matched back by the reverse tuple at its point.
 * A frame a bridge flooded to a port that neither sent it nor is its destination (an unknown
 * unicast MAC, which the model's bridges flood before they learn it while the kernel's may have
 * learned it from the IPv6 frames of link-up) is not on the connection's path and is left out.
 * Client ports, which both sides pick at random, are written {@code p1}, {@code p2} in the order
 * a connection shows them (a second name means a NAT changed the port); the points are listed in
 * the capture plan's order, the connections in the order their first SYN was captured.
 */
public final class Connections {
    private static final Pattern CONTAINER = Pattern.compile("container ID ([0-9a-f]{12})");

    /** A TCP segment as captured at a point (the innermost one of a VXLAN frame). */
    record Segment(String src, int sport, String dst, int dport, int flags, long seq, String payload) {
        boolean syn() {
            return (flags & 0x02) != 0 && (flags & 0x10) == 0;
        }

        String tuple() {
            return src + ":" + sport + ">" + dst + ":" + dport;
        }

        String reverse() {
            return dst + ":" + dport + ">" + src + ":" + sport;
        }
    }

    /** One connection: where it was seen and with which addresses, and which container answered. */
    public record Connection(long firstMicros, Map<String, Segment> hops, Optional<String> answeredBy) {
    }

    private Connections() {
    }

    /** The connections in the captures {@code <point>.pcap} under {@code dir}; {@code state} gives each point's MAC. */
    public static List<Connection> read(List<CapturePlan.Point> points, DesiredState state, Path dir) {
        Map<String, List<PcapFrames.Frame>> frames = new LinkedHashMap<>();
        points.forEach(p -> frames.put(p.name(), PcapFrames.readTimed(dir.resolve(p.name() + ".pcap"))));
        return of(points, state, frames);
    }

    /** The connections in each point's frames ({@code frames} by point name). */
    public static List<Connection> of(List<CapturePlan.Point> points, DesiredState state, Map<String, List<PcapFrames.Frame>> frames) {
        Map<Long, Connection> byIsn = new LinkedHashMap<>();
        for (CapturePlan.Point p : points) {
            Optional<byte[]> mac = state.namespace(p.netns()).flatMap(ns -> ns.devices().stream().filter(d -> d.name().equals(p.device())).findFirst())
                    .map(d -> d.mac() == null ? null : d.mac().toBytes());
            Map<String, Long> here = new LinkedHashMap<>(); // the latest SYN's tuple at this point -> its ISN
            for (PcapFrames.Frame f : frames.getOrDefault(p.name(), List.of())) {
                if (mac.isPresent() && floodedPast(f.data(), mac.get())) {
                    continue;
                }
                Optional<Segment> seg = segment(f.data());
                if (seg.isEmpty()) {
                    continue;
                }
                Segment s = seg.get();
                if (s.syn()) {
                    Connection c = byIsn.get(s.seq());
                    long first = c == null ? f.micros() : Math.min(c.firstMicros(), f.micros());
                    Connection now = new Connection(first, c == null ? new LinkedHashMap<>() : c.hops(), c == null ? Optional.empty() : c.answeredBy());
                    now.hops().putIfAbsent(p.name(), s);
                    byIsn.put(s.seq(), now);
                    here.put(s.tuple(), s.seq());
                    continue;
                }
                Long isn = here.get(s.reverse());
                Matcher m = CONTAINER.matcher(s.payload());
                if (isn != null && byIsn.get(isn).answeredBy().isEmpty() && m.find()) {
                    Connection c = byIsn.get(isn);
                    byIsn.put(isn, new Connection(c.firstMicros(), c.hops(), Optional.of(m.group(1))));
                }
            }
        }
        return byIsn.values().stream().sorted(Comparator.comparingLong(Connection::firstMicros)).toList();
    }

    /** Each connection as lines: one per point it crossed, then who answered. */
    public static List<String> lines(List<CapturePlan.Point> points, List<Connection> connections) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < connections.size(); n++) {
            Connection c = connections.get(n);
            Map<Integer, String> portNames = new LinkedHashMap<>();
            for (CapturePlan.Point p : points) {
                Segment s = c.hops().get(p.name());
                if (s != null) {
                    String client = portNames.computeIfAbsent(s.sport(), k -> "p" + (portNames.size() + 1));
                    out.add(String.format(Locale.ROOT, "connection %d at %s: %s:%s > %s:%d", n + 1, p.name(), s.src(), client, s.dst(), s.dport()));
                }
            }
            out.add(String.format(Locale.ROOT, "connection %d answered by %s", n + 1,
                    c.answeredBy().map(id -> "container ID " + id).orElse("no vote page")));
        }
        return out;
    }

    /** A unicast frame at a port whose MAC is neither its source nor its destination: flooded past it. */
    static boolean floodedPast(byte[] f, byte[] own) {
        if (f.length < 14 || (f[0] & 1) != 0) {
            return false; // broadcast or multicast: for everyone
        }
        return !Arrays.equals(f, 0, 6, own, 0, 6) && !Arrays.equals(f, 6, 12, own, 0, 6);
    }

    /** The TCP segment of an Ethernet frame, looking inside VXLAN. */
    static Optional<Segment> segment(byte[] f) {
        return segment(f, 0, f.length);
    }

    private static Optional<Segment> segment(byte[] f, int off, int end) {
        int ip = off + 14;
        if (end - ip < 20 || FlowLines.u16(f, off + 12) != 0x0800) {
            return Optional.empty();
        }
        int l4 = ip + (f[ip] & 0x0f) * 4;
        int stop = Math.min(end, ip + FlowLines.u16(f, ip + 2));
        int proto = f[ip + 9] & 0xff;
        if (proto == 17 && stop - l4 >= 16 && FlowLines.u16(f, l4 + 2) == 4789) {
            return segment(f, l4 + 16, stop);
        }
        if (proto != 6 || stop - l4 < 20) {
            return Optional.empty();
        }
        int data = l4 + ((f[l4 + 12] & 0xf0) >> 4) * 4;
        String payload = data < stop ? new String(f, data, stop - data, StandardCharsets.ISO_8859_1) : "";
        return Optional.of(new Segment(FlowLines.addr(f, ip + 12), FlowLines.u16(f, l4), FlowLines.addr(f, ip + 16), FlowLines.u16(f, l4 + 2),
                f[l4 + 13] & 0x3f, u32(f, l4 + 4), payload));
    }

    private static long u32(byte[] f, int at) {
        return ((long) FlowLines.u16(f, at) << 16) | FlowLines.u16(f, at + 2);
    }
}
