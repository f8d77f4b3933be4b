package io.swarmsim.engine.sim;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.report.ClusterSummary;
import io.swarmsim.engine.scenario.EndpointMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cluster an experiment built, as the report's data (IDs, addresses, VIPs as text). */
final class ClusterData {
    private ClusterData() {
    }

    static ClusterSummary of(Cluster c) {
        List<ClusterSummary.Node> nodes = c.nodes().stream()
                .map(n -> new ClusterSummary.Node(n.name(), n.id(), n.manager() ? "manager" : "worker", n.address().toString())).toList();
        List<ClusterSummary.Network> networks = c.networks().stream().map(n -> new ClusterSummary.Network(n.name(), n.id(),
                n.subnet().toString(), n.gateway().toString(), n.vni(), n.ingress())).toList();
        List<ClusterSummary.Service> services = c.services().stream().map(s -> new ClusterSummary.Service(s.name(), s.id(),
                s.spec().image(), s.spec().mode().text(),
                s.spec().endpointMode() == EndpointMode.VIP ? "vip" : "dnsrr", text(s.vips()), s.rejection().orElse(null),
                c.tasksOf(s.name()).stream().map(t -> new ClusterSummary.Task(t.name(), t.id(), t.node().name(), t.containerId(),
                        text(t.addresses()))).toList(),
                s.pending().stream().map(p -> new ClusterSummary.Pending(p.name(), p.id(), p.node().map(Cluster.Node::name).orElse(null),
                        p.error())).toList())).toList();
        return new ClusterSummary(nodes, networks, services);
    }

    private static <V> Map<String, String> text(Map<String, V> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }
}
