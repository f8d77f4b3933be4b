package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.report.ExperimentResult;
import io.swarmsim.engine.sim.ExperimentRunner;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A scenario with another Docker version or another image for one service, as the GUI's toggles ask. */
class ScenarioVariantsTest {
    private static final Path VOTE = Path.of("../scenarios/vote.yaml");

    /** Which task served each {@code curl} of the experiment (pings are left out: they follow DNS order). */
    private static Map<String, Long> curls(Scenario s, String experiment) throws ScenarioException {
        ExperimentResult r = ExperimentRunner.run(s, Optional.of(experiment), 1).experiments().get(0);
        return r.commands().stream().filter(c -> c.command().startsWith("curl"))
            .collect(Collectors.groupingBy(CommandRun::servedBy, TreeMap::new, Collectors.counting()));
    }

    @Test
    void anotherDockerVersionChangesTheVersionOnly() throws Exception {
        Scenario s = ScenarioLoader.load(VOTE);
        Scenario v = s.withDockerVersion("18.06");
        assertEquals("18.06", v.sim().dockerVersion());
        assertEquals("1.12", s.sim().dockerVersion(), "the original is untouched");
        assertEquals(s.services(), v.services());
        assertEquals(s.sim().experiments(), v.sim().experiments());
        assertEquals(s.sim().nodes(), v.sim().nodes());
        assertEquals(4096, ExperimentRunner.run(v, s.experiment("vip").orElseThrow(), 1).simulation().cluster()
            .network("ingress").orElseThrow().vni(), "VNIs from 4096 from 1.13");
    }

    @Test
    void anotherClientImageChangesWhichTaskCurlReaches() throws Exception {
        Scenario s = ScenarioLoader.load(VOTE);
        assertEquals(Map.of("vote.1", 4L), curls(s, "dnsrr"),
            "the seed's glibc client: rule 9 sends every curl to 10.0.0.3");
        Scenario alpine = s.withImage("client", "alpine");
        assertEquals("alpine", alpine.service("client").orElseThrow().image());
        assertEquals("instavote/vote", alpine.service("vote").orElseThrow().image());
        Map<String, Long> d = curls(alpine, "dnsrr");
        assertEquals(4, d.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(2, d.size(), "musl keeps DNS order, which is shuffled: " + d);
    }

    @Test
    void theReplacementWinsOverAnExperimentsOwnImage() throws Exception {
        Scenario s = ScenarioLoader.parse("""
            services:
              client: {image: smakam/myubuntu:v4}
            x-sim:
              experiments:
                - name: e
                  services: {client: {image: debian, replicas: 2}}
            """, Path.of("f.yaml"));
        Scenario g = s.withImage("f_client", "golang");
        Experiment e = g.experiment("e").orElseThrow();
        assertEquals("golang", g.servicesFor(e).get(0).image());
        assertEquals(2, g.servicesFor(e).get(0).replicas(), "the experiment's other overrides stay");
        assertSame(s.services().get(0).location(), g.services().get(0).location());
        assertEquals(s.services(), s.withImage("nosuch", "alpine").services());
    }
}
