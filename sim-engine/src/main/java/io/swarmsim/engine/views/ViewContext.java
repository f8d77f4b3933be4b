package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.sim.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where a docker command runs: the cluster, the node whose daemon answers, the CLI dialect and
 * how long the cluster has been up. Every task was started at simulated time zero, so task and
 * container ages are the uptime.
 */
record ViewContext(Cluster cluster, Cluster.Node node, CliDialect dialect, Duration uptime) {
    /** Services the manager accepted (a rejected {@code service create} leaves nothing behind), by name. */
    List<Cluster.ServiceState> services() {
        return cluster.services().stream().filter(s -> s.rejection().isEmpty())
                .sorted(Comparator.comparing(Cluster.ServiceState::name)).toList();
    }

    /** A service by name, full ID or unique ID prefix, as the CLI resolves it. */
    java.util.Optional<Cluster.ServiceState> service(String ref) {
        List<Cluster.ServiceState> all = services();
        return all.stream().filter(s -> s.name().equals(ref) || s.id().equals(ref)).findFirst()
                .or(() -> {
                    List<Cluster.ServiceState> byPrefix = all.stream().filter(s -> s.id().startsWith(ref)).toList();
                    return byPrefix.size() == 1 ? java.util.Optional.of(byPrefix.get(0)) : java.util.Optional.empty();
                });
    }

    /** Tasks whose containers run on this node. */
    List<Cluster.Task> localTasks() {
        return cluster.tasks().stream().filter(t -> t.node().name().equals(node.name())).toList();
    }

    /** Wall-clock time of simulated zero, when the tasks started. */
    Instant started() {
        return Instant.ofEpochSecond(Simulation.EPOCH_SECONDS);
    }

    String age() {
        return HumanDuration.of(uptime);
    }
}
