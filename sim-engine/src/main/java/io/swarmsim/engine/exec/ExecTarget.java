package io.swarmsim.engine.exec;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.scenario.StackDeploy;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@code sim exec} command runs: a task ({@code client.1}, a global one also as
 * {@code proxy.node1}; in a stack also by its key,
 * {@code web.1} for {@code mystack_web.1}), a container ID or prefix, a node
 * (its host namespace), or a sandbox on a node ({@code node1:ingress_sbox}, {@code ingress_sbox@node1},
 * {@code node1:1-<netid>}; a bare sandbox name when only one node has it).
 */
public record ExecTarget(String label, NetNamespace netns, DesiredState.Namespace spec) {

    /** Resolves {@code where}, or explains what exists. */
    public static ExecTarget resolve(Simulation sim, String where) {
        DesiredState d = sim.desired();
        Optional<DesiredState.Namespace> hit = d.ofTask(where).or(() -> d.ofNode(where)).or(() -> d.namespace(where))
                .or(() -> sim.cluster().taskNamed(where).flatMap(t -> d.ofTask(t.name())))
                .or(() -> stack(sim).flatMap(s -> sim.cluster().taskNamed(StackDeploy.scope(s, where))).flatMap(t -> d.ofTask(t.name())));
        if (hit.isEmpty() && where.contains("@")) {
            String[] p = where.split("@", 2);
            hit = d.namespace(p[1] + ":" + p[0]);
        }
        if (hit.isEmpty() && where.matches("[0-9a-f]{4,64}")) {
            List<Cluster.Task> byId = sim.cluster().tasks().stream()
                    .filter(t -> t.containerId().startsWith(where) || t.sandboxId().startsWith(where)).toList();
            if (byId.size() == 1) {
                hit = d.ofTask(byId.get(0).name());
            } else if (byId.size() > 1) {
                throw new IllegalArgumentException("'" + where + "' is the start of several IDs ("
                        + String.join(", ", byId.stream().map(Cluster.Task::name).toList()) + "); give more of it");
            }
        }
        if (hit.isEmpty()) {
            List<DesiredState.Namespace> bare = d.namespaces().stream()
                    .filter(n -> n.name().endsWith(":" + where)
                            || n.name().contains(":") && n.name().substring(n.name().indexOf(':') + 1).startsWith(where)
                            || where.contains(":") && n.name().startsWith(where)).toList();
            if (bare.size() == 1) {
                hit = Optional.of(bare.get(0));
            } else if (bare.size() > 1) {
                throw new IllegalArgumentException("'" + where + "' exists on several nodes; say which: "
                        + String.join(", ", bare.stream().map(DesiredState.Namespace::name).toList()));
            }
        }
        DesiredState.Namespace ns = hit.orElseThrow(() -> new IllegalArgumentException(
                "no task, container, node or sandbox called '" + where + "'; there are: " + known(sim)));
        return new ExecTarget(where, sim.namespace(ns.name()).orElseThrow(), ns);
    }

    /** The stack the cluster's services were deployed in, if any: a task may be named by its key ({@code web.1}). */
    private static Optional<String> stack(Simulation sim) {
        return sim.cluster().services().stream().map(s -> s.spec().labels().get(StackDeploy.NAMESPACE_LABEL))
                .filter(java.util.Objects::nonNull).findFirst();
    }

    static String known(Simulation sim) {
        List<String> out = new ArrayList<>();
        sim.cluster().tasks().forEach(t -> out.add(t.name() + " (container " + t.shortContainerId() + ")"));
        sim.cluster().nodes().forEach(n -> out.add(n.name()));
        sim.desired().namespaces().stream().filter(n -> n.name().contains(":")).forEach(n -> out.add(n.name()));
        return String.join(", ", out);
    }
}
