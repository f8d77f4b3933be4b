package io.swarmsim.cli;

import io.swarmsim.engine.graph.ClusterGraph;
import io.swarmsim.engine.graph.DotWriter;
import io.swarmsim.engine.sim.Simulation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sim graph <scenario> [--experiment X] --out FILE.svg|.dot}: the cluster of one experiment
 * (the first when none is named) drawn from its desired state: nodes, their namespaces, the
 * overlay networks, VIPs and published ports.
 */
@Command(name = "graph", header = "draw the experiment's cluster (DOT, or SVG through Graphviz)",
        customSynopsis = "sim graph <scenario.yaml> [--experiment NAME] [--seed N] [--stack NAME] --out FILE.svg|FILE.dot",
        description = "Draw the experiment's cluster from its desired state: one box per node with its namespaces and addresses, "
                + "veth pairs, vxlan devices to their overlay networks, underlay NICs, VIPs and published ports. "
                + "FILE.dot is written as DOT; FILE.svg is drawn by Graphviz's dot (without it, the DOT goes beside it).")
final class GraphCli implements Callable<Integer> {
    private final Streams io;

    @Mixin
    private ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "FILE.svg (drawn by Graphviz) or FILE.dot (DOT text)")
    private String file;

    GraphCli(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Optional<ScenarioOptions.Loaded> loaded = scenario.load(io.err());
        if (loaded.isEmpty()) {
            return 2;
        }
        ScenarioOptions.Loaded l = loaded.get();
        Simulation sim = new Simulation(l.scenario(), l.scenario().servicesFor(l.experiment()), l.seed());
        String title = l.scenario().file().getFileName() + ", experiment " + l.experiment().name();
        try {
            return GraphRender.write(DotWriter.write(ClusterGraph.of(sim.cluster(), sim.desired()), title), Path.of(file),
                    GraphRender.DOT, io.out(), io.err());
        } catch (IOException e) {
            io.err().println("sim graph: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
