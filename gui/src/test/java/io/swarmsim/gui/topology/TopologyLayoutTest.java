package io.swarmsim.gui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.session.Session;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The layout's promises, without a window: no overlaps, nothing outside the bounds, the same picture every time. */
class TopologyLayoutTest {

    static Stream<Arguments> clusters() {
        List<Arguments> out = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            out.add(Arguments.of(n, "1.12"));
            out.add(Arguments.of(n, "18.06"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} nodes, era {1}")
    @MethodSource("clusters")
    void boxesNeitherOverlapNorLeaveTheirNodeOrTheBounds(int nodes, String era) throws Exception {
        TopologyLayout l = Clusters.layout(Clusters.generated(nodes, era));
        Box bounds = new Box(0, 0, l.width(), l.height());
        assertEquals(nodes, l.nodes().size());
        for (NodeBox a : l.nodes()) {
            assertTrue(bounds.contains(a.box()), a.name() + " inside the bounds");
            for (NodeBox b : l.nodes()) {
                assertTrue(a == b || !a.box().overlaps(b.box()), a.name() + " and " + b.name() + " do not overlap");
            }
        }
        for (NsBox a : l.namespaces()) {
            NodeBox node = l.nodes().stream().filter(n -> n.name().equals(a.info().node())).findFirst().orElseThrow();
            assertTrue(node.box().contains(a.box()), a.info().name() + " inside " + node.name());
            for (NsBox b : l.namespaces()) {
                assertTrue(a == b || !a.box().overlaps(b.box()), a.info().title() + " and " + b.info().title() + " do not overlap");
            }
            for (Double y : a.rowY()) {
                assertTrue(y > a.box().y() && y < a.box().bottom(), "each device row inside its box");
            }
            for (Port p : a.info().ports()) {
                for (String d : p.devices()) {
                    assertTrue(a.box().contains(l.anchor(Place.of(a.info().name(), d))), "a packet at " + d + " rests inside the box");
                }
            }
        }
        for (Line line : l.lines()) {
            assertTrue(bounds.contains(line.a()) && bounds.contains(line.b()), line + " inside the bounds");
            for (NsBox b : l.namespaces()) {
                assertFalse(crosses(line, b.box()), line + " does not cut through " + b.info().title());
            }
        }
        for (Label t : l.labels()) {
            assertTrue(t.at().x() >= 0 && t.at().x() + t.text().length() * TopologyLayout.CHAR <= l.nodes().get(0).box().x(),
                    t.text() + " fits the gutter");
        }
    }

    /** Whether an axis-aligned line passes through the inside of a box (running along an edge or ending on it is fine). */
    static boolean crosses(Line line, Box b) {
        double x1 = Math.min(line.a().x(), line.b().x());
        double x2 = Math.max(line.a().x(), line.b().x());
        double y1 = Math.min(line.a().y(), line.b().y());
        double y2 = Math.max(line.a().y(), line.b().y());
        return x2 > b.x() && x1 < b.right() && y2 > b.y() && y1 < b.bottom() && (x1 != x2 || (x1 > b.x() && x1 < b.right()))
                && (y1 != y2 || (y1 > b.y() && y1 < b.bottom()));
    }

    @Test
    void theSameStateGivesTheSameLayoutWhateverTheInputOrder() throws Exception {
        Session a = Clusters.generated(7, "18.06");
        Session b = Clusters.generated(7, "18.06");
        TopologyLayout first = Clusters.layout(a);
        assertEquals(first, Clusters.layout(b), "two runs, one picture");
        List<DesiredState.Namespace> reversed = new ArrayList<>(b.desired().namespaces());
        Collections.reverse(reversed);
        TopologyLayout shuffled = TopologyLayout.of(TopologyGraph.of(b.cluster(), new DesiredState(reversed, b.desired().peers(), b.desired().dnsRecords())));
        assertEquals(first, shuffled, "the namespaces' order in the desired state does not matter");
    }

    @Test
    void namespacesCarryTheNamesALearnerKnows() throws Exception {
        Session s = Clusters.vote("vip", null);
        TopologyGraph g = TopologyGraph.of(s.cluster(), s.desired());
        NsInfo client = g.namespace(s.desired().ofTask("client.1").orElseThrow().name()).orElseThrow();
        assertEquals("client.1", client.title());
        assertEquals("container " + s.cluster().task("client.1").orElseThrow().shortContainerId(), client.subtitle());
        List<String> node1 = g.namespacesOf("node1").stream().map(NsInfo::title).toList();
        assertEquals(List.of("client.1", "ingress_sbox", "ingress namespace", "overlay1 namespace", "host node1"), node1);
        assertEquals(List.of("ingress", "overlay1"), g.overlayLanes().stream().map(Lane::name).toList());
        assertEquals("eth0  10.0.0.3/24", client.ports().get(0).text());
        assertEquals(Port.Side.RIGHT, client.ports().get(0).side());
        assertEquals(Port.Side.LEFT, client.ports().get(1).side());

        Session late = Clusters.vote("vip", "18.06");
        TopologyGraph g2 = TopologyGraph.of(late.cluster(), late.desired());
        NsInfo lb = g2.namespacesOf("node1").stream().filter(n -> n.kind() == DesiredState.Kind.LB_SANDBOX).findFirst().orElseThrow();
        assertTrue(lb.title().startsWith("lb_"), lb.title());
        assertEquals("overlay1 load balancer", lb.subtitle());
    }

    @Test
    void theGraphHoldsEveryVethPairOnceAndEachNetworksMembers() throws Exception {
        Session s = Clusters.vote("vip", null);
        TopologyGraph g = TopologyGraph.of(s.cluster(), s.desired());
        long veths = s.desired().namespaces().stream().flatMap(n -> n.devices().stream()).filter(d -> d.peer() != null).count();
        long edges = g.graph().edgeSet().stream().filter(e -> e.kind() == TopologyGraph.LinkKind.VETH).count();
        assertEquals(veths / 2, edges, "one edge per pair");
        TopologyGraph.Vertex overlay = new TopologyGraph.Vertex(TopologyGraph.VertexKind.NETWORK, "overlay1");
        assertEquals(2, g.graph().degreeOf(overlay), "overlay1's vxlan devices on node1 and node2");
        TopologyGraph.Vertex underlay = new TopologyGraph.Vertex(TopologyGraph.VertexKind.SEGMENT, "underlay");
        assertEquals(2, g.graph().degreeOf(underlay));
    }

    static Stream<Arguments> experiments() {
        List<Arguments> out = new ArrayList<>();
        for (String e : List.of("dnsrr", "vip", "mesh")) {
            out.add(Arguments.of(e, "1.12"));
            out.add(Arguments.of(e, "18.06"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in era {1}")
    @MethodSource("experiments")
    void everyFrameOfTheSeedsExperimentsTravelsARouteInsideThePicture(String experiment, String era) throws Exception {
        Session s = Clusters.vote(experiment, era);
        TopologyLayout l = Clusters.layout(s);
        Box bounds = new Box(0, 0, l.width(), l.height());
        int frames = 0;
        for (TraceEvent e : Clusters.run(s)) {
            assertNotNull(l.anchor(e.at()), "a place for " + e);
            if (e instanceof TraceEvent.FrameSent f) {
                Route r = l.route(f.at(), f.to());
                assertNotNull(r, "a route for " + f.at() + " -> " + f.to());
                r.points().forEach(p -> assertTrue(bounds.contains(p), p + " inside the bounds"));
                frames++;
            }
        }
        assertTrue(frames > 50, "frames were sent: " + frames);
    }
}
