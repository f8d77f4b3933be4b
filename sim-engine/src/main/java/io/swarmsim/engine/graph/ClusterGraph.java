package io.swarmsim.engine.graph;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.scenario.PortConfig;
import io.swarmsim.engine.scenario.PublishMode;
import io.swarmsim.kernel.netns.NetDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The cluster as a graph, read from the cluster and its desired state (the data the simulator and
 * the live bridge build): swarm nodes, the namespaces on each (hosts, containers, overlay
 * namespaces, the ingress and lb_ sandboxes), overlay networks, the underlay, service VIPs and
 * published ports are vertices; veth pairs, vxlan devices, underlay NICs, VIPs on their networks
 * and published ports on their way in are edges; a service Docker refuses is a note saying why. Vertices and edges come in the desired state's
 * order, so the same scenario gives the same graph.
 */
public final class ClusterGraph {
    public enum Kind { NAMESPACE, NETWORK, UNDERLAY, VIP, PORT, REFUSED }

    /**
     * @param id    unique and stable: the namespace's name, {@code net:<name>}, {@code vip:<service>@<network>}, ...
     * @param node  the swarm node it lives on, or "" for cluster-wide vertices
     * @param label what a picture writes in it, one line each
     */
    public record Vertex(String id, Kind kind, String node, List<String> label) {
        public Vertex {
            label = List.copyOf(label);
        }
    }

    public enum LinkKind { VETH, VXLAN, NIC, VIP, PUBLISH }

    /** An edge; it names its ends, so two links alike (eth0 - veth2 on two nodes) stay two edges. */
    public record Link(String from, String to, LinkKind kind, String label) {
    }

    private final Graph<Vertex, Link> graph = new DirectedPseudograph<>(Link.class);
    private final List<Cluster.Node> nodes;
    private final Map<String, Vertex> byId = new java.util.LinkedHashMap<>();

    private ClusterGraph(Cluster cluster, DesiredState desired) {
        this.nodes = cluster.nodes();
        for (DesiredState.Namespace ns : desired.namespaces()) {
            add(new Vertex(ns.name(), Kind.NAMESPACE, ns.node(), NamespaceLabel.of(ns, cluster)));
        }
        for (Cluster.Network n : cluster.networks()) {
            add(new Vertex("net:" + n.name(), Kind.NETWORK, "", List.of(n.name() + (n.ingress() ? " (ingress)" : " (overlay)"),
                    n.subnet() + "  VNI " + n.vni())));
        }
        for (DesiredState.Namespace ns : desired.namespaces()) {
            devices(ns, cluster);
        }
        services(cluster);
    }

    public static ClusterGraph of(Cluster cluster, DesiredState desired) {
        return new ClusterGraph(cluster, desired);
    }

    public Graph<Vertex, Link> graph() {
        return graph;
    }

    /** The swarm nodes, in the cluster's order: a picture groups the vertices of each. */
    public List<Cluster.Node> nodes() {
        return nodes;
    }

    private void add(Vertex v) {
        byId.put(v.id(), v);
        graph.addVertex(v);
    }

    private void link(String from, String to, LinkKind kind, String label) {
        graph.addEdge(byId.get(from), byId.get(to), new Link(from, to, kind, label));
    }

    private void devices(DesiredState.Namespace ns, Cluster cluster) {
        for (DesiredState.Device d : ns.devices()) {
            if (d.kind() == NetDevice.Kind.VETH && d.peer() != null && ns.name().compareTo(d.peer().namespace()) < 0
                    && byId.containsKey(d.peer().namespace())) {
                link(ns.name(), d.peer().namespace(), LinkKind.VETH, d.name() + " - " + d.peer().device());
            } else if (d.vxlan() != null) {
                cluster.networks().stream().filter(n -> n.vni() == d.vxlan().vni()).findFirst().ifPresent(n ->
                        link(ns.name(), "net:" + n.name(), LinkKind.VXLAN, d.name() + " VNI " + n.vni()));
            } else if (d.segment() != null) {
                String id = "underlay:" + d.segment();
                if (!byId.containsKey(id)) {
                    add(new Vertex(id, Kind.UNDERLAY, "", List.of("underlay (" + d.segment() + ")")));
                }
                String address = ns.addresses().stream().filter(a -> a.device().equals(d.name())).map(DesiredState.AddressSpec::cidr)
                        .findFirst().orElse("");
                link(ns.name(), id, LinkKind.NIC, d.name() + " " + address);
            }
        }
    }

    /** Each service's VIP on each of its networks, and its published ports: ingress ones on every node, host ones where a task runs. */
    private void services(Cluster cluster) {
        for (Cluster.ServiceState s : cluster.services()) {
            if (s.rejection().isPresent()) {
                add(new Vertex("refused:" + s.name(), Kind.REFUSED, "", List.of(s.name() + ": Docker refuses it", s.rejection().get())));
                continue;
            }
            s.vips().forEach((net, vip) -> {
                String id = "vip:" + s.name() + "@" + net;
                add(new Vertex(id, Kind.VIP, "", List.of(s.name() + " VIP", vip.toString())));
                link(id, "net:" + net, LinkKind.VIP, "fwmark by iptables, IPVS rr");
            });
            for (PortConfig p : s.spec().ports()) {
                if (p.published() <= 0) {
                    continue;
                }
                String text = String.format(Locale.ROOT, "%s %d:%d/%s", s.name(), p.published(), p.target(), p.protocol().text());
                if (p.mode() == PublishMode.INGRESS) {
                    String id = "port:" + s.name() + ":" + p.published();
                    add(new Vertex(id, Kind.PORT, "", List.of(text, "routing mesh, every node")));
                    for (Cluster.Node n : cluster.nodes()) {
                        link(id, n.name(), LinkKind.PUBLISH, "DNAT to ingress_sbox");
                    }
                } else {
                    for (Cluster.Task t : cluster.tasksOf(s.name())) {
                        String id = "port:" + t.name() + ":" + p.published();
                        add(new Vertex(id, Kind.PORT, t.node().name(), List.of(text, "host mode, " + t.node().name())));
                        link(id, t.node().name(), LinkKind.PUBLISH, "DNAT to " + t.name());
                    }
                }
            }
        }
    }

    /** All vertices, in the order they were added. */
    public List<Vertex> vertices() {
        return new ArrayList<>(byId.values());
    }
}
