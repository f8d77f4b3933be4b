package io.swarmsim.gui.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.gui.model.ModeApplier;
import io.swarmsim.gui.model.RunRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The modes a teacher toggles, applied over the seed's scenario, and what they change in a run. */
class ModeApplierTest {
    private static final Path VOTE = Path.of("../scenarios/vote.yaml");

    private static RunRequest.Modes modes(String era, String image) {
        return new RunRequest.Modes(Optional.ofNullable(era), Optional.ofNullable(image));
    }

    /** The address each curl of the experiment connected to, counted. */
    private static Map<String, Long> curlTargets(Scenario s, String experiment) throws Exception {
        return ExperimentRunner.run(s, Optional.of(experiment), 1).experiments().get(0).commands().stream()
                .filter(c -> c.command().startsWith("curl"))
                .collect(Collectors.groupingBy(CommandRun::connected, TreeMap::new, Collectors.counting()));
    }

    @Test
    void asWrittenIsTheScenarioItself() throws Exception {
        Scenario s = ScenarioLoader.load(VOTE);
        assertSame(s, ModeApplier.apply(s, RunRequest.Modes.AS_WRITTEN));
    }

    @Test
    void theClientIsTheServiceCommandsRunFrom() throws Exception {
        Scenario s = ScenarioLoader.load(VOTE);
        assertEquals(List.of("client"), ModeApplier.clientServices(s), "mesh's commands run from nodes: no service");
        Scenario a = ModeApplier.apply(s, modes(null, "alpine"));
        assertEquals("alpine", a.service("client").orElseThrow().image());
        assertEquals("instavote/vote", a.service("vote").orElseThrow().image(), "servers keep their image");
        assertEquals("1.12", a.sim().dockerVersion());
    }

    @Test
    void dnsrrWithTheSeedsImageAlwaysReachesOneTaskAndWithAlpineBoth() throws Exception {
        Scenario s = ScenarioLoader.load(VOTE);
        assertEquals(Map.of("10.0.0.3", 4L), curlTargets(s, "dnsrr"), "glibc's rule 9 prefers 10.0.0.3 (31 common bits with 10.0.0.2)");
        assertEquals(Map.of("10.0.0.3", 4L), curlTargets(ModeApplier.apply(s, modes(null, "smakam/myubuntu:v4")), "dnsrr"));
        Map<String, Long> musl = curlTargets(ModeApplier.apply(s, modes(null, "alpine")), "dnsrr");
        assertEquals(List.of("10.0.0.3", "10.0.0.4"), List.copyOf(musl.keySet()), "musl keeps the shuffled DNS order: " + musl);
        assertEquals(4, musl.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void theEraMovesTheLoadBalancerOutOfTheContainer() throws Exception {
        Scenario s = ScenarioLoader.load(VOTE);
        Scenario newer = ModeApplier.apply(s, modes("18.06", null));
        assertEquals("18.06", newer.sim().dockerVersion());
        var ran = ExperimentRunner.run(newer, newer.experiment("vip").orElseThrow(), 1);
        assertEquals(true, ran.simulation().namespaceNames().stream().anyMatch(n -> n.contains(":lb_")),
                "18.06: a load-balancer sandbox per node and network");
        var old = ExperimentRunner.run(s, s.experiment("vip").orElseThrow(), 1);
        assertEquals(false, old.simulation().namespaceNames().stream().anyMatch(n -> n.contains(":lb_")), "1.12: none");
    }

    @Test
    void anEraThatIsNoVersionIsRefused() throws Exception {
        Scenario s = ScenarioLoader.load(VOTE);
        assertThrows(IllegalArgumentException.class, () -> ModeApplier.apply(s, modes("modern", null)));
    }
}
