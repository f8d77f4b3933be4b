package io.swarmsim.gui.walkthrough;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the names a teacher writes in a walkthrough into the namespaces of one built cluster, the
 * names {@link io.swarmsim.gui.model.AppModel#highlighted()} holds. A teacher cannot know container
 * IDs or overlay IDs in advance, so the names are the ones the seed's story uses: a task
 * ({@code client.1}), a service (its tasks), a node (its host), a sandbox on a node
 * ({@code node1:ingress_sbox} or {@code ingress_sbox@node1}), an overlay network's namespace on a node
 * ({@code node1:overlay1}), a namespace's own name, or the unique start of one ({@code node1:1-}).
 */
final class Places {
    private final DesiredState desired;
    private final Cluster cluster;

    Places(DesiredState desired, Cluster cluster) {
        this.desired = desired;
        this.cluster = cluster;
    }

    /** The namespaces {@code name} stands for, in the cluster's order; empty when it names nothing here. */
    List<String> namespaces(String name) {
        Optional<DesiredState.Namespace> one = desired.ofTask(name).or(() -> desired.ofNode(name)).or(() -> desired.namespace(name));
        if (one.isPresent()) {
            return List.of(one.get().name());
        }
        List<String> ofService = cluster.tasksOf(name).stream().flatMap(t -> desired.ofTask(t.name()).stream())
                .map(DesiredState.Namespace::name).toList();
        if (!ofService.isEmpty()) {
            return ofService;
        }
        if (name.contains("@")) {
            String[] p = name.split("@", 2);
            return desired.namespace(p[1] + ":" + p[0]).map(n -> List.of(n.name())).orElse(List.of());
        }
        int colon = name.indexOf(':');
        if (colon > 0) {
            String node = name.substring(0, colon);
            Optional<String> overlay = cluster.network(name.substring(colon + 1))
                    .flatMap(net -> desired.namespace(node + ":1-" + net.id().substring(0, Math.min(10, net.id().length()))))
                    .map(DesiredState.Namespace::name);
            if (overlay.isPresent()) {
                return List.of(overlay.get());
            }
            List<String> prefixed = desired.namespaces().stream().map(DesiredState.Namespace::name).filter(n -> n.startsWith(name)).toList();
            return prefixed.size() == 1 ? prefixed : List.of();
        }
        return List.of();
    }

    /** Every namespace of {@code names}, each once, in the order written. */
    Set<String> namespaces(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.addAll(namespaces(n)));
        return out;
    }

    /** The names a teacher can write here, for "expected one of" and "did you mean". */
    List<String> known() {
        List<String> out = new ArrayList<>();
        cluster.tasks().forEach(t -> out.add(t.name()));
        cluster.services().stream().filter(s -> !cluster.tasksOf(s.name()).isEmpty()).forEach(s -> out.add(s.name()));
        cluster.nodes().forEach(n -> out.add(n.name()));
        desired.namespaces().stream().filter(n -> n.kind() == DesiredState.Kind.INGRESS_SANDBOX || n.kind() == DesiredState.Kind.LB_SANDBOX)
                .forEach(n -> out.add(n.name()));
        for (Cluster.Node n : cluster.nodes()) {
            for (Cluster.Network net : cluster.networks()) {
                if (namespaces(n.name() + ":" + net.name()).size() == 1) {
                    out.add(n.name() + ":" + net.name());
                }
            }
        }
        return out;
    }
}
