package io.swarmsim.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.ContractStates;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.netns.NetDevice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The cluster graph of vote.yaml: every namespace, network, VIP and published port is a vertex,
 * every veth pair, vxlan device and underlay NIC an edge, and its DOT text is the golden
 * {@code src/test/resources/graph/<experiment>.dot} ({@code -Dgolden.update=true} rewrites them).
 */
class ClusterGraphTest {
    private static Simulation sim(String experiment) throws Exception {
        Scenario s = ScenarioLoader.load(ContractStates.voteYaml());
        Experiment e = s.experiment(experiment).orElseThrow();
        return new Simulation(s, s.servicesFor(e), 1);
    }

    private static List<String> ids(ClusterGraph g, ClusterGraph.Kind kind) {
        return g.vertices().stream().filter(v -> v.kind() == kind).map(ClusterGraph.Vertex::id).toList();
    }

    @Test
    void theMeshHasEveryPieceOfTheCluster() throws Exception {
        Simulation sim = sim("mesh");
        ClusterGraph g = ClusterGraph.of(sim.cluster(), sim.desired());
        DesiredState d = sim.desired();
        assertEquals(d.namespaces().stream().map(DesiredState.Namespace::name).toList(), ids(g, ClusterGraph.Kind.NAMESPACE));
        assertEquals(List.of("net:ingress", "net:overlay1"), ids(g, ClusterGraph.Kind.NETWORK));
        assertTrue(ids(g, ClusterGraph.Kind.VIP).containsAll(List.of("vip:vote@ingress", "vip:vote@overlay1")), ids(g, ClusterGraph.Kind.VIP).toString());
        assertEquals(List.of("port:vote:8080"), ids(g, ClusterGraph.Kind.PORT));
        long vethEnds = d.namespaces().stream().flatMap(n -> n.devices().stream()).filter(x -> x.kind() == NetDevice.Kind.VETH).count();
        long vxlans = d.namespaces().stream().flatMap(n -> n.devices().stream()).filter(x -> x.vxlan() != null).count();
        assertEquals(vethEnds / 2, edges(g, ClusterGraph.LinkKind.VETH));
        assertEquals(vxlans, edges(g, ClusterGraph.LinkKind.VXLAN));
        assertEquals(2, edges(g, ClusterGraph.LinkKind.NIC), "one underlay NIC per node");
        assertEquals(2, edges(g, ClusterGraph.LinkKind.PUBLISH), "the ingress port is open on every node");
    }

    private static long edges(ClusterGraph g, ClusterGraph.LinkKind k) {
        return g.graph().edgeSet().stream().filter(l -> l.kind() == k).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vip", "mesh"})
    void dotIsTheGolden(String experiment) throws Exception {
        Simulation sim = sim(experiment);
        String dot = DotWriter.write(ClusterGraph.of(sim.cluster(), sim.desired()), "vote.yaml, experiment " + experiment);
        Path golden = Path.of("src/test/resources/graph/" + experiment + ".dot");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, dot, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), dot);
    }

    @Test
    void quotingEscapesWhatDotWouldRead() {
        assertEquals("\"a \\\"b\\\" c\\\\d\\ne\"", DotWriter.quote("a \"b\" c\\d\ne"));
    }
}
