package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed's vote.yaml clusters and the goldens under src/test/resources/views/. */
final class Clusters {
    private Clusters() {
    }

    static Scenario vote() {
        try {
            return ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** vote.yaml's dnsrr experiment: client.1 on node1, vote.1 and vote.2 on node2. */
    static Cluster dnsrr() {
        Scenario s = vote();
        return new Simulation(s, s.servicesFor(s.experiment("dnsrr").orElseThrow()), 1).cluster();
    }

    /** vote.yaml's services as the file declares them (endpoint mode vip): the seed's second part. */
    static Cluster vip() {
        Scenario s = vote();
        return new Simulation(s, s.services(), 1).cluster();
    }

    static String golden(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/views/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
