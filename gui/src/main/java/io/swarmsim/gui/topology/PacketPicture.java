package io.swarmsim.gui.topology;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packets, drops and address rewrites the picture shows at a cursor position, as a pure
 * function of the events up to the cursor: stepping back, seeking, or stepping forward to the same
 * position all give the same marks in the same places, because nothing is accumulated between calls.
 * <p>
 * Only the request (command run) the cursor is in is drawn, from its first event: a learner follows
 * one {@code curl} at a time, and earlier requests' packets would only clutter. Within it, a frame
 * sent and not yet received is on its link; every other packet rests where its latest event
 * happened, until it reaches a socket, is answered by the kernel, or is dropped (then it shows
 * there for the one step that does it). Drops stay for the request, with their reason; NAT and IPVS
 * rewrites show as callouts ({@code DNAT 10.0.0.2:80 -> 10.0.0.6:80}), the latest per namespace.
 */
public final class PacketPicture {
    /** How many rewrite callouts a namespace shows at once (the latest): one fits the gap above its box. */
    static final int CALLOUTS_PER_NAMESPACE = 1;
    /** Distance between frames on one link, along it. */
    static final double SPREAD = 22;
    /** The longest stretch of a request looked at (a request of a few thousand events is common; this bounds a pathological one). */
    static final int WINDOW = 50_000;

    private PacketPicture() {
    }

    /** The marks at {@code cursor} ({@code -1}: none) of {@code events}, placed on {@code layout}. */
    public static List<Mark> at(List<TraceEvent> events, int cursor, TopologyLayout layout) {
        if (cursor < 0 || layout == null || events.isEmpty()) {
            return List.of();
        }
        int c = Math.min(cursor, events.size() - 1);
        long request = PacketIds.requestOf(events.get(c).traceId());
        int start = c;
        while (start > 0 && c - start < WINDOW && PacketIds.requestOf(events.get(start - 1).traceId()) == request) {
            start--;
        }
        LinkedHashMap<Integer, TraceEvent.FrameSent> flying = new LinkedHashMap<>();
        LinkedHashMap<Long, Integer> last = new LinkedHashMap<>();
        Map<Long, Look> looks = new HashMap<>();
        Map<Long, Integer> arrivedBy = new HashMap<>();
        List<Integer> drops = new ArrayList<>();
        LinkedHashMap<String, Integer> rewrites = new LinkedHashMap<>();
        for (int i = start; i <= c; i++) {
            TraceEvent e = events.get(i);
            long t = e.traceId();
            Look look = e instanceof TraceEvent.Arp ? null : Look.of(e);
            if (look != null) {
                looks.put(t, look);
            }
            arrivedBy.remove(t);
            if (e instanceof TraceEvent.FrameSent s) {
                flying.put(i, s);
            } else if (e instanceof TraceEvent.FrameReceived r) {
                int j = match(flying, r);
                if (j >= 0) {
                    arrivedBy.put(t, j);
                    flying.remove(j);
                }
            } else if (e instanceof TraceEvent.Drop) {
                drops.add(i);
            }
            String text = rewrite(e);
            if (text != null) {
                String key = e.at().netns() + "|" + text;
                rewrites.remove(key);
                rewrites.put(key, i);
            }
            last.remove(t);
            last.put(t, i);
        }
        List<Mark> out = new ArrayList<>();
        wires(events, c, flying, layout, out);
        resting(events, c, last, looks, arrivedBy, layout, out);
        drops(events, drops, layout, out);
        callouts(events, rewrites, layout, out);
        return out;
    }

    /** The frame in flight {@code r} receives: same packet, sent towards this device (or onto its segment). */
    private static int match(Map<Integer, TraceEvent.FrameSent> flying, TraceEvent.FrameReceived r) {
        int any = -1;
        for (Map.Entry<Integer, TraceEvent.FrameSent> f : flying.entrySet()) {
            TraceEvent.FrameSent s = f.getValue();
            if (s.traceId() == r.traceId() && s.frame().equals(r.frame())) {
                if (s.to().equals(r.at())) {
                    return f.getKey();
                }
                if (any < 0 && s.to().device().isEmpty()) {
                    any = f.getKey();
                }
            }
        }
        return any;
    }

    private static void wires(List<TraceEvent> events, int c, Map<Integer, TraceEvent.FrameSent> flying, TopologyLayout layout,
                              List<Mark> out) {
        Map<List<Place>, Integer> onLink = new HashMap<>();
        Map<List<Place>, Integer> seen = new HashMap<>();
        Map<List<Place>, Route> routes = new HashMap<>();
        for (TraceEvent.FrameSent s : flying.values()) {
            onLink.merge(List.of(s.at(), s.to()), 1, Integer::sum);
        }
        for (Map.Entry<Integer, TraceEvent.FrameSent> f : flying.entrySet()) {
            TraceEvent.FrameSent s = f.getValue();
            List<Place> link = List.of(s.at(), s.to());
            Route route = routes.computeIfAbsent(link, l -> layout.route(s.at(), s.to()));
            Look look = Look.of(s.frame());
            if (route == null || look == null) {
                continue;
            }
            int k = seen.merge(link, 1, Integer::sum) - 1;
            int n = onLink.get(link);
            // frames on one link spread around its middle so each stays visible and clickable
            double p = Math.max(0.1, Math.min(0.9, 0.5 + (k - (n - 1) / 2.0) * SPREAD / Math.max(1, route.length())));
            Route arrival = null;
            if (f.getKey() == c) {
                arrival = join(layout.anchor(s.at()), route.part(0, p), null);
            }
            out.add(new Mark("w" + f.getKey(), Mark.Kind.WIRE, route.at(p), arrival, look, look.label(), s));
        }
    }

    private static void resting(List<TraceEvent> events, int c, Map<Long, Integer> last, Map<Long, Look> looks,
                                Map<Long, Integer> arrivedBy, TopologyLayout layout, List<Mark> out) {
        Map<Point, Double> used = new HashMap<>();
        for (Map.Entry<Long, Integer> l : last.entrySet()) {
            int i = l.getValue();
            TraceEvent e = events.get(i);
            Look look = looks.get(l.getKey());
            if (look == null || e instanceof TraceEvent.FrameSent || e instanceof TraceEvent.Drop || (i != c && finished(e))) {
                continue;
            }
            Point anchor = layout.anchor(e.at());
            if (anchor == null) {
                continue;
            }
            // packets resting at one spot line up leftwards, each label clear of the next
            double shift = used.getOrDefault(anchor, 0.0);
            used.put(anchor, shift + badgeWidth(look));
            Point at = anchor.plus(-shift, 0);
            Route arrival = null;
            Integer by = arrivedBy.get(l.getKey());
            if (i == c && by != null) {
                TraceEvent.FrameSent s = (TraceEvent.FrameSent) events.get(by);
                Route r = layout.route(s.at(), s.to());
                if (r != null) {
                    arrival = join(null, r.part(0.5, 1), at);
                }
            }
            out.add(new Mark("p" + Long.toHexString(l.getKey()), Mark.Kind.PACKET, at, arrival, look, look.label(), e));
        }
    }

    /** A packet's trip ends here: delivered to a socket, consumed by the DNS server, answered by the kernel. */
    private static boolean finished(TraceEvent e) {
        return e instanceof TraceEvent.SocketDelivery || e instanceof TraceEvent.DnsQuery || e instanceof TraceEvent.KernelReply;
    }

    /** The width a packet's badge takes (shape and label), estimated from the label's length so no text needs measuring. */
    static double badgeWidth(Look look) {
        return 22 + look.label().length() * 5.6;
    }

    private static void drops(List<TraceEvent> events, List<Integer> drops, TopologyLayout layout, List<Mark> out) {
        Map<Point, Integer> count = new HashMap<>();
        for (int i : drops) {
            TraceEvent.Drop d = (TraceEvent.Drop) events.get(i);
            Point anchor = layout.anchor(d.at());
            if (anchor == null) {
                continue;
            }
            if (anchor.equals(layout.anchor(Place.of(d.at().netns())))) {
                anchor = anchor.plus(0, 14); // a drop by the namespace as a whole: on the subtitle row, not over the name
            }
            int k = count.merge(anchor, 1, Integer::sum) - 1;
            out.add(new Mark("d" + i, Mark.Kind.DROP, anchor.plus(0, k * 13), null, Look.of(d), "drop: " + d.reason(), d));
        }
    }

    private static void callouts(List<TraceEvent> events, LinkedHashMap<String, Integer> rewrites, TopologyLayout layout, List<Mark> out) {
        List<Map.Entry<String, Integer>> newestFirst = new ArrayList<>(rewrites.entrySet());
        java.util.Collections.reverse(newestFirst);
        Map<String, Integer> perNs = new HashMap<>();
        for (Map.Entry<String, Integer> r : newestFirst) {
            TraceEvent e = events.get(r.getValue());
            int k = perNs.merge(e.at().netns(), 1, Integer::sum) - 1;
            Point at = layout.calloutPoint(e.at().netns());
            if (k >= CALLOUTS_PER_NAMESPACE || at == null) {
                continue;
            }
            out.add(new Mark("n" + r.getKey(), Mark.Kind.NAT, at.plus(0, -k * 17), null, null, rewrite(e), e));
        }
    }

    /** {@code DNAT 10.0.0.2:80 -> 10.0.0.6:80} for a NAT or IPVS rewrite, null for any other event or one that changed nothing. */
    static String rewrite(TraceEvent e) {
        if (e instanceof TraceEvent.NatApplied n) {
            String change = change(n.before(), n.after());
            return change == null ? null : n.side() + (n.reply() ? " (reply)" : "") + "  " + change;
        }
        if (e instanceof TraceEvent.Ipvs v) {
            if (v.step() == TraceEvent.IpvsStep.DROPPED) {
                return "IPVS: no destination";
            }
            if (v.before() == null || v.after() == null) {
                return null;
            }
            String change = change(Tuple.of(v.before()), Tuple.of(v.after()));
            return change == null ? null : "IPVS" + (v.step() == TraceEvent.IpvsStep.REPLY ? " (reply)" : "") + "  " + change;
        }
        return null;
    }

    private static String change(Tuple b, Tuple a) {
        boolean src = !b.src().equals(a.src()) || b.sport() != a.sport();
        boolean dst = !b.dst().equals(a.dst()) || b.dport() != a.dport();
        String s = b.src() + ":" + b.sport() + " -> " + a.src() + ":" + a.sport();
        String d = b.dst() + ":" + b.dport() + " -> " + a.dst() + ":" + a.dport();
        if (src && dst) {
            return "src " + s + ", dst " + d;
        }
        return src ? s : dst ? d : null;
    }

    private static Route join(Point first, Route middle, Point last) {
        List<Point> pts = new ArrayList<>();
        if (first != null) {
            pts.add(first);
        }
        pts.addAll(middle.points());
        if (last != null) {
            pts.add(last);
        }
        return new Route(pts);
    }
}
