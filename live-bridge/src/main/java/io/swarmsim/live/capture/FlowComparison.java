package io.swarmsim.live.capture;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.pcap.CapturePlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model's and the kernel's captures, point by point, as flows ({@link FlowLines}): each
 * point's lines in order, and the differences between the two sides as a line diff naming the
 * point and the packet's line. Also the VXLAN outer IPv4 header at the nodes' points: whether DF is
 * set and how the IP ID is chosen.
 */
public final class FlowComparison {
    /** One capture point both ways. */
    public record PointFlows(String point, List<String> model, List<String> real, List<String> diff, String modelOuter, String realOuter,
                             Optional<String> explanation) {
        public boolean agrees() {
            return diff.isEmpty();
        }

        /** Agrees, or every difference has an explanation ({@link FlowExplanations}). */
        public boolean agreesOrExplained() {
            return agrees() || explanation.isPresent();
        }

        public boolean outerAgrees() {
            return modelOuter.equals(realOuter);
        }
    }

    /** The TCP connections joined across points ({@link Connections}), both ways. */
    public record ConnectionFlows(List<String> model, List<String> real, List<String> diff) {
        public boolean agrees() {
            return diff.isEmpty();
        }
    }

    public record Result(List<PointFlows> points, ConnectionFlows connections) {
        /** Every point agrees, or differs only in explained ways, and so does every connection. */
        public boolean agrees() {
            return points.stream().allMatch(PointFlows::agreesOrExplained) && connections.agrees();
        }

        public long frames() {
            return points.stream().mapToLong(p -> p.model().size() + p.real().size()).sum();
        }
    }

    private FlowComparison() {
    }

    /**
     * Why the VXLAN outer headers differ: Linux's vxlan device leaves DF clear unless it is made with
     * {@code df set} or {@code df inherit} (Docker makes it with neither) and gives every outer packet
     * an IP ID of its own. The model does the same; what can still differ is how many values the IP
     * ID took, when the two sides sent a different number of outer packets.
     */
    public static final String OUTER_EXPLANATION = "Linux's vxlan device (made as Docker makes it, without 'df set' or 'df inherit') "
            + "leaves DF clear and numbers each outer packet's IP ID, as the model does; the counts differ with the number of packets";

    /** Reads {@code <point>.pcap} of every point from both directories and compares them. */
    public static Result compare(List<CapturePlan.Point> points, DesiredState state, Path modelDir, Path realDir) {
        return compare(points, state, modelDir, realDir, Set.of());
    }

    /**
     * As {@link #compare(List, DesiredState, Path, Path)}, leaving out the traffic of a check that ran
     * alongside the experiment: packets to an address of {@code aside}, and ICMP errors about them.
     */
    public static Result compare(List<CapturePlan.Point> points, DesiredState state, Path modelDir, Path realDir, Set<String> aside) {
        List<PointFlows> out = new ArrayList<>();
        Map<String, List<PcapFrames.Frame>> modelFrames = new LinkedHashMap<>();
        Map<String, List<PcapFrames.Frame>> realFrames = new LinkedHashMap<>();
        for (CapturePlan.Point p : points) {
            List<String> own = state.namespace(p.netns()).map(ns -> ns.addresses().stream().filter(a -> a.device().equals(p.device()))
                    .map(a -> a.cidr().substring(0, a.cidr().indexOf('/'))).toList()).orElse(List.of());
            modelFrames.put(p.name(), PcapFrames.readTimed(modelDir.resolve(p.name() + ".pcap")));
            realFrames.put(p.name(), PcapFrames.readTimed(realDir.resolve(p.name() + ".pcap")));
            List<byte[]> m = modelFrames.get(p.name()).stream().map(PcapFrames.Frame::data).filter(f -> !FlowLines.about(f, aside)).toList();
            List<byte[]> r = realFrames.get(p.name()).stream().map(PcapFrames.Frame::data).filter(f -> !FlowLines.about(f, aside)).toList();
            List<String> ml = lines(m);
            List<String> rl = lines(r);
            PointFlows f = new PointFlows(p.name(), ml, rl, io.swarmsim.live.LineDiff.diff(ml, rl), outer(m), outer(r), Optional.empty());
            out.add(new PointFlows(f.point(), ml, rl, f.diff(), f.modelOuter(), f.realOuter(), FlowExplanations.explain(f, own)));
        }
        List<String> mc = Connections.lines(points, Connections.of(points, state, modelFrames));
        List<String> rc = Connections.lines(points, Connections.of(points, state, realFrames));
        return new Result(out, new ConnectionFlows(mc, rc, io.swarmsim.live.LineDiff.diff(mc, rc)));
    }

    static List<String> lines(List<byte[]> frames) {
        return frames.stream().map(FlowLines::of).flatMap(Optional::stream).toList();
    }

    /** How VXLAN packets' outer header looks: DF set or clear, IP ID zero, one value, or varying; "" without VXLAN. */
    static String outer(List<byte[]> frames) {
        List<FlowLines.Outer> o = frames.stream().map(FlowLines::outer).flatMap(Optional::stream).toList();
        if (o.isEmpty()) {
            return "";
        }
        Set<Boolean> df = new LinkedHashSet<>();
        Set<Integer> ids = new LinkedHashSet<>();
        o.forEach(x -> {
            df.add(x.df());
            ids.add(x.ipId());
        });
        String dfText = df.size() > 1 ? "DF mixed" : df.contains(true) ? "DF set" : "DF clear";
        String idText = ids.size() == 1 ? (ids.contains(0) ? "IP ID 0" : "IP ID always " + ids.iterator().next())
                : String.format(Locale.ROOT, "IP ID varies (%d values in %d packets)", ids.size(), o.size());
        return dfText + ", " + idText;
    }

    /** The report's lines. */
    public static List<String> lines(Result r, boolean all) {
        List<String> out = new ArrayList<>();
        long agree = r.points().stream().filter(PointFlows::agrees).count();
        long explained = r.points().stream().filter(p -> !p.agrees() && p.agreesOrExplained()).count();
        out.add(String.format(Locale.ROOT, "flows (pcap4j capture against the model's, per capture point): %d points, %d agree, "
                + "%d differ with an explanation, %d differ", r.points().size(), agree, explained, r.points().size() - agree - explained));
        for (PointFlows p : r.points()) {
            out.add(String.format(Locale.ROOT, "  %s: %d model | %d kernel flow lines: %s", p.point(), p.model().size(), p.real().size(),
                    p.agrees() ? "agree" : p.explanation().map(e -> "differ (explained: " + e + ")   (- model, + kernel)")
                            .orElse("DIFFER   (- model, + kernel)")));
            (p.agrees() && !all ? List.<String>of() : p.agrees() ? p.model().stream().map(l -> "  " + l).toList() : p.diff())
                    .forEach(l -> out.add("    " + l));
            if (!p.modelOuter().isEmpty() || !p.realOuter().isEmpty()) {
                out.add(String.format(Locale.ROOT, "    VXLAN outer header: model %s | kernel %s%s", p.modelOuter(), p.realOuter(),
                        p.outerAgrees() ? "" : "   * differs (explained: " + OUTER_EXPLANATION + ")"));
            }
        }
        ConnectionFlows c = r.connections();
        out.add(String.format(Locale.ROOT, "TCP connections joined across the points by the client's initial sequence number "
                + "(the 5-tuple at each point, before and after each NAT; client ports p1, p2 in order of appearance): %d model | %d kernel lines: %s",
                c.model().size(), c.real().size(), c.agrees() ? "agree" : "DIFFER   (- model, + kernel)"));
        (c.agrees() ? (all ? c.model().stream().map(l -> "  " + l).toList() : List.<String>of()) : c.diff()).forEach(l -> out.add("    " + l));
        return out;
    }
}
