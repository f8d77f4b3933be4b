package io.swarmsim.gui.topology;

import io.swarmsim.kernel.trace.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where everything goes, computed from a {@link TopologyGraph} with no randomness and no JavaFX:
 * the same graph always gives the same layout, so a picture never jumps between runs and the
 * layout's properties can be tested without a window.
 * <p>
 * Nodes sit in a grid (up to 4 in one row; from 5 on, two rows), all boxes of a row equally tall.
 * Inside a node the namespaces are stacked in one column: containers on top, then lb_ sandboxes,
 * ingress_sbox, the overlay namespaces, and the host at the bottom, near the underlay. Each
 * namespace lists its devices as rows; a row's port sits on the box's edge where its network's lane
 * runs: {@code docker_gwbridge} to the left of the column, the overlays to the right (one lane each,
 * in the same place in every node), the host's NIC at the bottom. Under each row of nodes run the
 * buses: the underlay first, then one per overlay network, which the vxlan devices drop into; a
 * trunk in the left gutter joins a bus across rows. Frames travel along {@link #route}s made of
 * these pieces, so they never cut through a box.
 */
public final class TopologyLayout {
    static final double MARGIN = 16;
    static final double HEADER = 48;
    static final double PAD = 10;
    /** Room between namespaces for one address-rewrite callout. */
    static final double NS_GAP = 22;
    static final double GW = 30;
    static final double NS_W = 232;
    static final double LANE_START = 16;
    static final double LANE_GAP = 18;
    static final double COL_GAP = 36;
    static final double TITLE = 34;
    static final double ROW = 15;
    static final double NS_BOTTOM = 6;
    static final double BUS_FIRST = 26;
    static final double BUS_GAP = 16;
    static final double ROW_GAP = 30;
    static final double TRUNK_GAP = 8;
    /** A generous estimate of one character's width in the 10 px labels, to size the gutter without measuring text. */
    static final double CHAR = 6.6;
    /** How far from the right edge a packet rests inside a namespace's row. */
    static final double INSET = 12;

    private final TopologyGraph graph;
    private final List<NodeBox> nodes = new ArrayList<>();
    private final List<NsBox> namespaces = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final Map<String, NsBox> nsByName = new HashMap<>();
    private final Map<String, NodeBox> nodeByName = new HashMap<>();
    private final Map<String, Double> laneX = new HashMap<>();
    private final List<Lane> buses = new ArrayList<>();
    private final List<double[]> busY = new ArrayList<>();
    private final double[] trunkX;
    private final double width;
    private final double height;

    private TopologyLayout(TopologyGraph g) {
        this.graph = g;
        List<String> names = g.nodes();
        int n = names.size();
        int cols = n <= 4 ? Math.max(n, 1) : (n + 1) / 2;
        int rows = Math.max(1, (n + cols - 1) / cols);
        buses.add(g.lane(Lane.UNDERLAY).orElseThrow());
        buses.addAll(g.overlayLanes());
        double labelW = 0;
        for (Lane b : buses) {
            labelW = Math.max(labelW, busLabel(b).length() * CHAR);
        }
        trunkX = new double[buses.size()];
        for (int i = 0; i < buses.size(); i++) {
            trunkX[i] = MARGIN + labelW + 10 + (buses.size() - 1 - i) * TRUNK_GAP;
        }
        double gutter = MARGIN + labelW + 10 + buses.size() * TRUNK_GAP + 8;
        double nodeW = GW + NS_W + LANE_START + Math.max(1, g.overlayLanes().size()) * LANE_GAP;

        double[] rowH = new double[rows];
        for (int i = 0; i < n; i++) {
            rowH[i / cols] = Math.max(rowH[i / cols], nodeHeight(g.namespacesOf(names.get(i))));
        }
        double y = MARGIN;
        double[] rowTop = new double[rows];
        for (int r = 0; r < rows; r++) {
            rowTop[r] = y;
            double[] ys = new double[buses.size()];
            for (int b = 0; b < buses.size(); b++) {
                ys[b] = y + rowH[r] + BUS_FIRST + b * BUS_GAP;
            }
            busY.add(ys);
            y = ys[ys.length - 1] + ROW_GAP;
        }
        this.height = y - ROW_GAP + MARGIN + 8;
        double maxRight = gutter;
        for (int i = 0; i < n; i++) {
            int r = i / cols;
            int c = i % cols;
            Box box = new Box(gutter + c * (nodeW + COL_GAP), rowTop[r], nodeW, rowH[r]);
            NodeBox nb = new NodeBox(names.get(i), g.nodeTitle(names.get(i)), box, r);
            nodes.add(nb);
            nodeByName.put(nb.name(), nb);
            maxRight = Math.max(maxRight, box.right());
            placeNamespaces(nb);
        }
        this.width = maxRight + 12 + MARGIN;
        drawBuses(rows, cols, n);
    }

    public static TopologyLayout of(TopologyGraph g) {
        return new TopologyLayout(g);
    }

    static String busLabel(Lane b) {
        return b.kind() == Lane.Kind.UNDERLAY ? "underlay" : b.name() + "  " + b.detail().split("  ·  ")[0].replace("VXLAN ", "");
    }

    private static double nsHeight(NsInfo ns) {
        return TITLE + ns.ports().size() * ROW + NS_BOTTOM;
    }

    private static double nodeHeight(List<NsInfo> nss) {
        double h = HEADER + PAD;
        for (NsInfo ns : nss) {
            h += nsHeight(ns) + NS_GAP;
        }
        return Math.max(h - NS_GAP, HEADER + 40);
    }

    private void placeNamespaces(NodeBox node) {
        double x = node.box().x() + GW;
        double y = node.box().y() + HEADER;
        laneX.put(lk(node.name(), Lane.GWBRIDGE), node.box().x() + GW / 2);
        for (Lane l : graph.overlayLanes()) {
            laneX.put(lk(node.name(), l.name()), x + NS_W + LANE_START + l.index() * LANE_GAP);
        }
        Map<String, List<Double>> portYs = new HashMap<>();
        for (NsInfo ns : graph.namespacesOf(node.name())) {
            Box box = new Box(x, y, NS_W, nsHeight(ns));
            List<Double> rowY = new ArrayList<>();
            for (int k = 0; k < ns.ports().size(); k++) {
                rowY.add(y + TITLE + k * ROW + ROW / 2);
            }
            NsBox nb = new NsBox(ns, box, rowY);
            namespaces.add(nb);
            nsByName.put(ns.name(), nb);
            for (int k = 0; k < ns.ports().size(); k++) {
                Port p = ns.ports().get(k);
                Point pt = portPoint(nb, k);
                Double lx = p.lane() == null ? null : laneX.get(lk(node.name(), p.lane()));
                if (p.side() == Port.Side.BOTTOM) {
                    lines.add(new Line(Lane.UNDERLAY, Line.Kind.DROP, pt, new Point(pt.x(), busY.get(node.row())[0])));
                } else if (lx != null && p.side() != Port.Side.NONE) {
                    lines.add(new Line(p.lane(), Line.Kind.STUB, pt, new Point(lx, pt.y())));
                    if (p.side() == Port.Side.TUNNEL) {
                        int bus = buses.indexOf(graph.lane(p.lane()).orElseThrow());
                        lines.add(new Line(p.lane(), Line.Kind.TUNNEL, new Point(lx, pt.y()), new Point(lx, busY.get(node.row())[bus])));
                    } else {
                        portYs.computeIfAbsent(p.lane(), k2 -> new ArrayList<>()).add(pt.y());
                    }
                }
            }
            y += box.h() + NS_GAP;
        }
        List<String> laneNames = new ArrayList<>(portYs.keySet());
        laneNames.sort(NaturalOrder.INSTANCE);
        for (String lane : laneNames) {
            List<Double> ys = portYs.get(lane);
            double lo = ys.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double hi = ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            if (hi > lo) {
                double lx = laneX.get(lk(node.name(), lane));
                lines.add(new Line(lane, Line.Kind.LANE, new Point(lx, lo), new Point(lx, hi)));
            }
        }
    }

    private void drawBuses(int rows, int cols, int n) {
        if (n == 0) {
            return;
        }
        for (int b = 0; b < buses.size(); b++) {
            Lane lane = buses.get(b);
            for (int r = 0; r < rows; r++) {
                double right = nodes.get(Math.min(n, (r + 1) * cols) - 1).box().right() + 12;
                lines.add(new Line(lane.name(), Line.Kind.BUS, new Point(trunkX[b], busY.get(r)[b]), new Point(right, busY.get(r)[b])));
            }
            if (rows > 1) {
                lines.add(new Line(lane.name(), Line.Kind.TRUNK, new Point(trunkX[b], busY.get(0)[b]), new Point(trunkX[b], busY.get(rows - 1)[b])));
            }
            labels.add(new Label(busLabel(lane), lane.name(), new Point(MARGIN, busY.get(0)[b] + 4)));
        }
    }

    private static String lk(String node, String lane) {
        return node + "\0" + lane;
    }

    /** Where row {@code k}'s port sits on the box's edge (its anchor for a row without a port). */
    static Point portPoint(NsBox nb, int k) {
        Box b = nb.box();
        switch (nb.info().ports().get(k).side()) {
            case LEFT:
                return new Point(b.x(), nb.rowY().get(k));
            case RIGHT:
            case TUNNEL:
                return new Point(b.right(), nb.rowY().get(k));
            case BOTTOM:
                return new Point(b.right() - 30, b.bottom());
            default:
                return new Point(b.right() - INSET, nb.rowY().get(k));
        }
    }

    /**
     * Where a packet rests when an event happens at {@code place}: at the right end of its device's
     * row, or in the title row for the namespace as a whole (routing, sockets, applications, lo);
     * null for a place the picture does not hold.
     */
    public Point anchor(Place place) {
        NsBox nb = nsByName.get(place.netns());
        if (nb == null) {
            return null;
        }
        int k = rowOf(nb, place.device());
        return k < 0 ? new Point(nb.box().right() - INSET, nb.box().y() + 14) : new Point(nb.box().right() - INSET, nb.rowY().get(k));
    }

    /**
     * Where a namespace's rewrite callout sits: in the gap above its box (which the layout leaves
     * for it), against the box's right edge, so it covers nothing; null for an unknown namespace.
     */
    public Point calloutPoint(String namespace) {
        NsBox nb = nsByName.get(namespace);
        return nb == null ? null : new Point(nb.box().right() - INSET, nb.box().y() - NS_GAP / 2);
    }

    private static int rowOf(NsBox nb, String device) {
        List<Port> ports = nb.info().ports();
        for (int k = 0; k < ports.size(); k++) {
            if (ports.get(k).devices().contains(device)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The way a frame sent at {@code from} towards {@code to} travels: along the pair's lane inside a
     * node, over the underlay bus (and trunk) between hosts, down to the bus for a broadcast onto the
     * segment, a small loop for {@code lo}; a straight line between two ports the lanes do not join;
     * null when either end is not in the picture.
     */
    public Route route(Place from, Place to) {
        NsBox a = nsByName.get(from.netns());
        if (a == null) {
            return null;
        }
        if (from.equals(to)) {
            Point p = anchor(from);
            return Route.of(p, p.plus(-16, -6), p.plus(-32, 0), p.plus(-16, 6), p);
        }
        int ka = rowOf(a, from.device());
        Port pa = ka < 0 ? null : a.info().ports().get(ka);
        NsBox b = nsByName.get(to.netns());
        if (b == null) {
            if (pa != null && pa.side() == Port.Side.BOTTOM) {
                Point s = portPoint(a, ka);
                return Route.of(s, new Point(s.x(), busY.get(row(a))[0]));
            }
            return null;
        }
        int kb = rowOf(b, to.device());
        Port pb = kb < 0 ? null : b.info().ports().get(kb);
        if (pa == null || pb == null) {
            return Route.of(anchor(from), anchor(to));
        }
        Point s = portPoint(a, ka);
        Point e = portPoint(b, kb);
        if (pa.side() == Port.Side.BOTTOM && pb.side() == Port.Side.BOTTOM) {
            int ra = row(a);
            int rb = row(b);
            double ya = busY.get(ra)[0];
            double yb = busY.get(rb)[0];
            if (ra == rb) {
                return Route.of(s, new Point(s.x(), ya), new Point(e.x(), ya), e);
            }
            return Route.of(s, new Point(s.x(), ya), new Point(trunkX[0], ya), new Point(trunkX[0], yb), new Point(e.x(), yb), e);
        }
        Double lx = pa.lane() == null ? null : laneX.get(lk(a.info().node(), pa.lane()));
        if (a.info().node().equals(b.info().node()) && Objects.equals(pa.lane(), pb.lane()) && lx != null
                && pa.side() != Port.Side.BOTTOM) {
            return Route.of(s, new Point(lx, s.y()), new Point(lx, e.y()), e);
        }
        return Route.of(s, e);
    }

    private int row(NsBox nb) {
        return nodeByName.get(nb.info().node()).row();
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public List<NodeBox> nodes() {
        return List.copyOf(nodes);
    }

    public List<NsBox> namespaces() {
        return List.copyOf(namespaces);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Label> labels() {
        return List.copyOf(labels);
    }

    /** The buses under each row, top to bottom: the underlay, then the overlays. */
    public List<Lane> buses() {
        return List.copyOf(buses);
    }

    public TopologyGraph graph() {
        return graph;
    }

    public NsBox namespace(String name) {
        return nsByName.get(name);
    }

    /** Two layouts are equal when they draw the same picture (boxes, rows, lines, labels, size). */
    @Override
    public boolean equals(Object o) {
        return o instanceof TopologyLayout l && width == l.width && height == l.height && nodes.equals(l.nodes)
                && namespaces.equals(l.namespaces) && lines.equals(l.lines) && labels.equals(l.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, nodes, namespaces, lines, labels);
    }
}
