package io.swarmsim.engine.control;

import io.swarmsim.engine.scenario.NodeDef;
import io.swarmsim.engine.scenario.PortConfig;
import io.swarmsim.engine.scenario.PublishMode;
import io.swarmsim.engine.scenario.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Swarm's scheduler as far as the model needs it (swarmkit manager/scheduler): a node may take a task
 * when it passes the filters in pipeline order, the placement constraints (ConstraintFilter) and
 * then the task's host-mode ports being free on it (HostPortFilter); among those, spread: the node
 * with the fewest tasks of this service, then the fewest tasks overall, then the first. A task no node
 * passes stays Pending with the pipeline's explanation, the filters that failed most first
 * (pipeline.go Explain): {@code no suitable node (scheduling constraints not satisfied on 2 nodes)},
 * {@code no suitable node (host-mode port already in use on 1 node)}. A global service gets a task on
 * each node its constraints allow (the global orchestrator), pending there when a port is taken.
 */
final class Scheduler {
    /** Where a task goes, or (with {@code error}) why it waits; a waiting global task still names its node. */
    record Placement(Optional<Cluster.Node> node, Optional<String> error) {
    }

    private final List<Cluster.Node> nodes;
    private final List<NodeDef> defs;
    private final Map<String, Integer> tasksPerNode = new HashMap<>();
    private final Map<String, Set<String>> hostPortsInUse = new HashMap<>();

    Scheduler(List<Cluster.Node> nodes, List<NodeDef> defs) {
        this.nodes = nodes;
        this.defs = defs;
    }

    /** One placement per task of {@code s}: per slot for a replicated service, per allowed node for a global one. */
    List<Placement> place(Service s) {
        List<String> ports = hostPorts(s);
        List<Placement> out = new ArrayList<>();
        if (s.mode().isGlobal()) {
            for (int i = 0; i < nodes.size(); i++) {
                if (s.allows(defs.get(i))) {
                    Cluster.Node n = nodes.get(i);
                    out.add(portsFree(n, ports) ? take(n, ports) : new Placement(Optional.of(n), Optional.of(explain(0, 1))));
                }
            }
            return out;
        }
        Map<String, Integer> mine = new HashMap<>();
        for (int slot = 0; slot < s.replicas(); slot++) {
            Cluster.Node best = null;
            int constraintFailures = 0;
            int portFailures = 0;
            for (int i = 0; i < nodes.size(); i++) {
                Cluster.Node n = nodes.get(i);
                if (!s.allows(defs.get(i))) {
                    constraintFailures++;
                } else if (!portsFree(n, ports)) {
                    portFailures++;
                } else if (best == null || less(n, best, mine)) {
                    best = n;
                }
            }
            if (best == null) {
                out.add(new Placement(Optional.empty(), Optional.of(explain(constraintFailures, portFailures))));
                continue;
            }
            mine.merge(best.name(), 1, Integer::sum);
            out.add(take(best, ports));
        }
        return out;
    }

    private Placement take(Cluster.Node n, List<String> ports) {
        tasksPerNode.merge(n.name(), 1, Integer::sum);
        hostPortsInUse.computeIfAbsent(n.name(), k -> new HashSet<>()).addAll(ports);
        return new Placement(Optional.of(n), Optional.empty());
    }

    private boolean portsFree(Cluster.Node n, List<String> ports) {
        Set<String> used = hostPortsInUse.getOrDefault(n.name(), Set.of());
        return ports.stream().noneMatch(used::contains);
    }

    private boolean less(Cluster.Node a, Cluster.Node b, Map<String, Integer> mine) {
        int ma = mine.getOrDefault(a.name(), 0);
        int mb = mine.getOrDefault(b.name(), 0);
        if (ma != mb) {
            return ma < mb;
        }
        return tasksPerNode.getOrDefault(a.name(), 0) < tasksPerNode.getOrDefault(b.name(), 0);
    }

    /** The host-mode ports a task of {@code s} binds on its node, as {@code 8080/tcp}. */
    private static List<String> hostPorts(Service s) {
        return s.ports().stream().filter(p -> p.mode() == PublishMode.HOST && p.published() > 0)
                .map(Scheduler::key).toList();
    }

    private static String key(PortConfig p) {
        return p.published() + "/" + p.protocol().text();
    }

    /** The task's error: the filters with failures, most first (ties in pipeline order). */
    static String explain(int constraintFailures, int portFailures) {
        List<String> parts = new ArrayList<>();
        String constraints = "scheduling constraints not satisfied on " + nodes(constraintFailures);
        String ports = "host-mode port already in use on " + nodes(portFailures);
        if (constraintFailures >= portFailures) {
            add(parts, constraintFailures, constraints);
            add(parts, portFailures, ports);
        } else {
            add(parts, portFailures, ports);
            add(parts, constraintFailures, constraints);
        }
        return parts.isEmpty() ? "no suitable node" : "no suitable node (" + String.join("; ", parts) + ")";
    }

    private static void add(List<String> parts, int failures, String text) {
        if (failures > 0) {
            parts.add(text);
        }
    }

    private static String nodes(int n) {
        return n == 1 ? "1 node" : n + " nodes";
    }
}
