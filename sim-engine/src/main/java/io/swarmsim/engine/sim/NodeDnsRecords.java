package io.swarmsim.engine.sim;

import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.dns.SandboxDnsView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The names each node's embedded DNS answers, per network: every node starts with the desired
 * state's tables; a node learns a task's records (or forgets them) when its control plane applies
 * the change, so during a gossip delay two nodes answer differently. A container's DNS reads its
 * node's tables through {@link #view}, rebuilt only after its node changed.
 */
final class NodeDnsRecords {
    private final Map<String, NetworkDnsRecords> initial;
    private final Map<String, Map<String, NetworkDnsRecords>> byNode = new HashMap<>();
    private final Map<String, SandboxDnsView> views = new HashMap<>();
    private final Map<String, String> nodeOf = new HashMap<>();

    NodeDnsRecords(Map<String, NetworkDnsRecords> initial) {
        this.initial = Map.copyOf(initial);
    }

    /** What the embedded DNS of container namespace {@code netns} on {@code node} answers from, looked up per query. */
    Supplier<SandboxDnsView> view(String netns, String node, List<String> networks) {
        nodeOf.put(netns, node);
        return () -> views.computeIfAbsent(netns, k -> {
            Map<String, NetworkDnsRecords> tables = byNode.getOrDefault(node, initial);
            return SandboxDnsView.swarmOrder(networks.stream().map(tables::get).toList());
        });
    }

    /** The tables {@code node} answers from, as of now. */
    Map<String, NetworkDnsRecords> of(String node) {
        return byNode.getOrDefault(node, initial);
    }

    /** From now on {@code node} answers from {@code tables}. */
    void set(String node, Map<String, NetworkDnsRecords> tables) {
        byNode.put(node, Map.copyOf(tables));
        nodeOf.forEach((netns, n) -> {
            if (n.equals(node)) {
                views.remove(netns);
            }
        });
    }
}
