package io.swarmsim.engine.report;

import java.util.List;
import java.util.Map;

/**
 * What one experiment did: the cluster it built (as printable lines), every command run, and the
 * number of requests each task served, in all and per command line ({@code perCommand}), and the
 * cluster as data ({@code clusterData}); {@code runs}, {@code packets} and {@code rulesVisited} count
 * every command run even when the runs themselves were not kept ({@code --trace none}); {@code timeline}
 * is what the experiment's time-line and workloads did, when it has them.
 */
public record ExperimentResult(String name, String description, List<String> cluster, List<String> rejections,
                               List<CommandRun> commands, Map<String, Integer> distribution, long runs, long packets,
                               long rulesVisited, ClusterSummary clusterData, List<CommandTally> perCommand,
                               java.util.Optional<TimelineResult> timeline) {
    public ExperimentResult(String name, String description, List<String> cluster, List<String> rejections,
                            List<CommandRun> commands, Map<String, Integer> distribution, long runs, long packets,
                            long rulesVisited, ClusterSummary clusterData, List<CommandTally> perCommand) {
        this(name, description, cluster, rejections, commands, distribution, runs, packets, rulesVisited, clusterData, perCommand,
            java.util.Optional.empty());
    }

    public ExperimentResult {
        cluster = List.copyOf(cluster);
        perCommand = List.copyOf(perCommand);
        rejections = List.copyOf(rejections);
        commands = List.copyOf(commands);
        distribution = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(distribution));
    }
}
