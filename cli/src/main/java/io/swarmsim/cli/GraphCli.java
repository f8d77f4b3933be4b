package io.swarmsim.cli;

import io.swarmsim.engine.graph.ClusterGraph;
import io.swarmsim.engine.graph.DotWriter;
import io.swarmsim.engine.sim.Simulation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code sim graph <scenario> [--experiment X] --out FILE.svg|.dot}: the cluster of one experiment
 * (the first when none is named) drawn from its desired state: nodes, their namespaces, the
 * overlay networks, VIPs and published ports.
 */
final class GraphCli {
    static final String USAGE = "usage: sim graph <scenario.yaml> [--experiment NAME] [--seed N] --out FILE.svg|FILE.dot";

    private GraphCli() {
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        ScenarioArgs a = ScenarioArgs.parse(args, List.of("--out"), List.of());
        String file = a.values().get("--out");
        if (file == null || !a.words().isEmpty()) {
            throw new UsageException(USAGE);
        }
        Optional<ScenarioArgs.Loaded> loaded = a.load(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        ScenarioArgs.Loaded l = loaded.get();
        Simulation sim = new Simulation(l.scenario(), l.scenario().servicesFor(l.experiment()), l.seed());
        String title = l.scenario().file().getFileName() + ", experiment " + l.experiment().name();
        try {
            return GraphRender.write(DotWriter.write(ClusterGraph.of(sim.cluster(), sim.desired()), title), Path.of(file),
                    GraphRender.DOT, out, err);
        } catch (IOException e) {
            err.println("sim graph: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
