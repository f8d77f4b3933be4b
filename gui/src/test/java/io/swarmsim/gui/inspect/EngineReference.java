package io.swarmsim.gui.inspect;

import io.swarmsim.engine.exec.ExecCommand;
import io.swarmsim.engine.exec.ExecTarget;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.Simulation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine's own tools print ({@code sim exec}'s iptables and ipvsadm), the reference the
 * namespace view is held to: after a whole experiment exactly as {@code sim exec} runs it, or at an
 * instant in the middle, replayed on a {@link Simulation} the way a session runs the experiment
 * (each command started when the one before has settled) and stopped at that instant.
 */
final class EngineReference {
    private EngineReference() {
    }

    /** As {@code sim exec scenarios/vote.yaml --experiment E WHERE -- ...} runs: the experiment to its end. */
    static Simulation atEnd(String experiment) throws Exception {
        Scenario sc = ScenarioLoader.load(Fx.VOTE);
        return ExperimentRunner.run(sc, ExperimentRunner.find(sc, Optional.of(experiment)), 1).simulation();
    }

    /** The experiment run as a session runs it, up to and including every event at {@code time}. */
    static Simulation at(String experiment, long time) throws Exception {
        Scenario sc = ScenarioLoader.load(Fx.VOTE);
        Experiment ex = ExperimentRunner.find(sc, Optional.of(experiment));
        Simulation sim = new Simulation(sc, sc.servicesFor(ex), 1);
        outer:
        for (CommandSpec c : ex.commands()) {
            for (int k = 0; k < c.times(); k++) {
                if (sim.now() > time) {
                    break outer;
                }
                Simulation.Pending p = sim.start(c).orElseThrow();
                while (!p.done()) {
                    if (sim.nextTime() > time && !p.settlesBy(time)) {
                        break outer;
                    }
                    p.step();
                }
            }
        }
        if (time > sim.now()) {
            sim.runUntil(time);
        }
        return sim;
    }

    static String exec(Simulation sim, String where, String... argv) {
        return ExecCommand.run(sim, ExecTarget.resolve(sim, where), Arrays.asList(argv)).out();
    }

    /** A table's rule counters from {@code iptables -nvL -x}: "chain#n" to "pkts bytes"; policies as their heading line. */
    static Map<String, String> counters(String listing) {
        Map<String, String> out = new LinkedHashMap<>();
        String chain = null;
        int n = 0;
        for (String line : listing.split("\n")) {
            if (line.startsWith("Chain ")) {
                chain = line.split(" ")[1];
                n = 0;
                if (line.contains("(policy ")) {
                    out.put(chain + "#policy", line);
                }
            } else if (!line.isBlank() && !line.trim().startsWith("pkts")) {
                List<String> w = Arrays.asList(line.trim().split("\\s+"));
                out.put(chain + "#" + (++n), w.get(0) + " " + w.get(1));
            }
        }
        return out;
    }
}
