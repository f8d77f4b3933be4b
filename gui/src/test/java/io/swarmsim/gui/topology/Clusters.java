package io.swarmsim.gui.topology;

import io.swarmsim.engine.generate.ScenarioGenerator;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sessions for the topology's tests: the seed's vote.yaml (in either era) and generated clusters. */
final class Clusters {
    static final Path VOTE = Path.of("../scenarios/vote.yaml");

    private Clusters() {
    }

    /** A generated cluster of {@code nodes} nodes: 12 services of 2 replicas on two overlays, plus the client. */
    static Session generated(int nodes, String era) throws Exception {
        String yaml = ScenarioGenerator.generate(new ScenarioGenerator.Spec(nodes, 12, 2, era, 1));
        return Session.open(ScenarioLoader.parse(yaml, Path.of("generated.yaml")), Optional.of("vip"), 1);
    }

    static Session vote(String experiment, String era) throws Exception {
        // the era by hand: the GUI's ModeApplier belongs to the modes view, written in parallel
        String yaml = java.nio.file.Files.readString(VOTE);
        if (era != null) {
            yaml = yaml.replace("docker_version: \"1.12\"", "docker_version: \"" + era + "\"");
        }
        Scenario s = ScenarioLoader.parse(yaml, VOTE);
        return Session.open(s, Optional.of(experiment), 1);
    }

    static TopologyLayout layout(Session s) {
        return TopologyLayout.of(TopologyGraph.of(s.cluster(), s.desired()));
    }

    /** Every event of the session's experiment, at full level. */
    static List<TraceEvent> run(Session s) {
        List<TraceEvent> out = new ArrayList<>();
        s.subscribe(out::add, TraceLevel.FULL);
        s.runAll();
        return out;
    }
}
