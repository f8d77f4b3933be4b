package io.swarmsim.gui.inspect;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Names a learner can read for the cluster's namespaces. The engine names a container's namespace
 * by its sandbox ID and a sandbox by node and network ID, which say nothing to someone who wrote
 * {@code client} in the stack file; here a container is its task ({@code client.1}), a network's
 * namespace says which network it serves.
 */
final class NamespaceLabels {
    private final DesiredState desired;
    private final Cluster cluster;

    NamespaceLabels(DesiredState desired, Cluster cluster) {
        this.desired = desired;
        this.cluster = cluster;
    }

    /** Every namespace, containers first (what a learner looks at most), then hosts, then Docker's sandboxes. */
    List<String> names() {
        List<DesiredState.Namespace> all = new ArrayList<>(desired.namespaces());
        all.sort(Comparator.comparingInt(NamespaceLabels::rank));
        return all.stream().map(DesiredState.Namespace::name).toList();
    }

    private static int rank(DesiredState.Namespace n) {
        return switch (n.kind()) {
            case CONTAINER -> 0;
            case HOST -> 1;
            case LB_SANDBOX -> 2;
            case INGRESS_SANDBOX -> 3;
            case OVERLAY -> 4;
        };
    }

    /** {@code client.1 (container b9e706026b62 on node1)}, {@code node1 (host)}, {@code node1: overlay1's network namespace (1-jah11pfix3)}. */
    String label(String name) {
        Optional<DesiredState.Namespace> found = desired.namespace(name);
        if (found.isEmpty()) {
            return name;
        }
        DesiredState.Namespace n = found.get();
        String sandbox = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
        return switch (n.kind()) {
            case CONTAINER -> n.owner() + " (container " + name + " on " + n.node() + ")";
            case HOST -> n.node() + " (host)";
            case INGRESS_SANDBOX -> n.node() + ": ingress_sbox (routing mesh)";
            case OVERLAY -> n.node() + ": " + network(sandbox, "1-").map(s -> s + "'s network namespace").orElse("overlay network namespace")
                    + " (" + sandbox + ")";
            case LB_SANDBOX -> n.node() + ": load balancer of " + network(sandbox, "lb_").orElse("a network") + " (" + sandbox + ")";
        };
    }

    /** A short form for places in a trace: the task name for a container, the namespace name otherwise. */
    String shortLabel(String name) {
        return desired.namespace(name).filter(n -> n.kind() == DesiredState.Kind.CONTAINER).map(DesiredState.Namespace::owner).orElse(name);
    }

    /** The name of the network whose ID the sandbox name carries after {@code prefix}. */
    private Optional<String> network(String sandbox, String prefix) {
        if (!sandbox.startsWith(prefix) || sandbox.length() == prefix.length()) {
            return Optional.empty();
        }
        String idPart = sandbox.substring(prefix.length());
        return cluster.networks().stream().filter(w -> w.id().startsWith(idPart)).map(Cluster.Network::name).findFirst();
    }

    /** The namespace a command {@code from} runs in: a task's container or a node's host. */
    Optional<String> of(String from) {
        return desired.ofTask(from).or(() -> desired.ofNode(from)).map(DesiredState.Namespace::name);
    }
}
