package io.swarmsim.gui.topology;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.trace.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.Pseudograph;

/**
 * The cluster's wiring as a graph, read from the desired state (the same data the simulator and
 * the live bridge load): namespaces, cluster-wide networks and the underlay segment are vertices;
 * veth pairs (namespace to namespace), vxlan devices (overlay namespace to its network) and
 * underlay NICs (host to segment) are edges. It also decides, per device, which lane the picture
 * draws it on: the lane of the bridge at the veth's far end, the overlay network of a {@code 1-<id>}
 * namespace (found by its vxlan device's VNI), {@code docker_gwbridge}, or the underlay.
 * Everything is sorted (nodes and tasks in natural order), so the same state gives the same graph.
 */
public final class TopologyGraph {
    public enum VertexKind { NAMESPACE, NETWORK, SEGMENT }

    public record Vertex(VertexKind kind, String name) {
    }

    public enum LinkKind { VETH, VXLAN, UNDERLAY }

    /** An edge: for VETH both ends are devices; for VXLAN and UNDERLAY {@code b} names the network or segment (device ""). */
    public record Link(LinkKind kind, Place a, Place b, String lane) {
    }

    private final Graph<Vertex, Link> graph = new Pseudograph<>(Link.class);
    private final List<String> nodes;
    private final Map<String, String> nodeTitles = new LinkedHashMap<>();
    private final Map<String, List<NsInfo>> byNode = new LinkedHashMap<>();
    private final Map<String, NsInfo> byName = new TreeMap<>();
    private final List<Lane> overlayLanes = new ArrayList<>();
    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final Map<Place, Link> veths = new HashMap<>();
    private final String underlaySubnet;

    private TopologyGraph(Cluster cluster, DesiredState desired) {
        Map<String, String> lanesOfDevices = deviceLanes(cluster, desired);
        TreeSet<String> nodeNames = new TreeSet<>(NaturalOrder.INSTANCE);
        cluster.nodes().forEach(n -> nodeNames.add(n.name()));
        desired.namespaces().forEach(n -> nodeNames.add(n.node()));
        this.nodes = List.copyOf(nodeNames);
        for (String n : nodes) {
            nodeTitles.put(n, cluster.node(n).map(x -> n + (x.manager() ? "  ·  manager  ·  " : "  ·  worker  ·  ") + x.address()).orElse(n));
        }
        // overlay lanes: ingress first, then by name; docker_gwbridge and the underlay after
        TreeSet<String> overlays = new TreeSet<>(Comparator.comparing((String s) -> cluster.network(s).map(x -> !x.ingress()).orElse(true))
                .thenComparing(NaturalOrder.INSTANCE));
        lanesOfDevices.values().stream().filter(l -> !l.equals(Lane.GWBRIDGE) && !l.equals(Lane.UNDERLAY)).forEach(overlays::add);
        int i = 0;
        for (String o : overlays) {
            Optional<Cluster.Network> net = cluster.network(o);
            Lane lane = new Lane(o, net.map(Cluster.Network::ingress).orElse(false) ? Lane.Kind.INGRESS : Lane.Kind.OVERLAY, i++,
                    net.map(x -> "VXLAN VNI " + x.vni() + "  ·  " + x.subnet()).orElse("overlay"));
            overlayLanes.add(lane);
            lanes.put(o, lane);
        }
        lanes.put(Lane.GWBRIDGE, new Lane(Lane.GWBRIDGE, Lane.Kind.GWBRIDGE, -1, "each node's own bridge to the outside"));
        this.underlaySubnet = desired.namespaces().stream().filter(n -> n.kind() == DesiredState.Kind.HOST)
                .flatMap(n -> n.addresses().stream()).filter(a -> a.device().equals("eth0")).map(DesiredState.AddressSpec::cidr)
                .findFirst().map(TopologyGraph::network).orElse("");
        lanes.put(Lane.UNDERLAY, new Lane(Lane.UNDERLAY, Lane.Kind.UNDERLAY, -1, underlaySubnet));

        List<DesiredState.Namespace> sorted = new ArrayList<>(desired.namespaces());
        List<NsInfo> infos = new ArrayList<>();
        for (DesiredState.Namespace ns : sorted) {
            infos.add(NsLabels.info(ns, cluster, lanesOfDevices, lanes));
        }
        infos.sort(Comparator.comparing((NsInfo n) -> nodes.indexOf(n.node())).thenComparingInt(n -> rank(n.kind()))
                .thenComparing(n -> firstLaneIndex(n)).thenComparing(NsInfo::title, NaturalOrder.INSTANCE)
                .thenComparing(NsInfo::name));
        for (String n : nodes) {
            byNode.put(n, new ArrayList<>());
        }
        for (NsInfo n : infos) {
            byNode.get(n.node()).add(n);
            byName.put(n.name(), n);
            graph.addVertex(new Vertex(VertexKind.NAMESPACE, n.name()));
        }
        buildEdges(sorted, lanesOfDevices);
    }

    public static TopologyGraph of(Cluster cluster, DesiredState desired) {
        return new TopologyGraph(cluster, desired);
    }

    private void buildEdges(List<DesiredState.Namespace> namespaces, Map<String, String> lanesOfDevices) {
        for (DesiredState.Namespace ns : namespaces) {
            for (DesiredState.Device d : ns.devices()) {
                Place here = Place.of(ns.name(), d.name());
                String lane = lanesOfDevices.get(key(ns.name(), d.name()));
                if (d.kind() == NetDevice.Kind.VETH && d.peer() != null) {
                    Place there = parse(d.peer());
                    if (key(here).compareTo(key(there)) < 0 && byName.containsKey(there.netns())) {
                        Link l = new Link(LinkKind.VETH, here, there, lane);
                        graph.addEdge(new Vertex(VertexKind.NAMESPACE, ns.name()), new Vertex(VertexKind.NAMESPACE, there.netns()), l);
                        veths.put(here, l);
                        veths.put(there, l);
                    }
                } else if (d.kind() == NetDevice.Kind.VXLAN && lane != null) {
                    Vertex net = new Vertex(VertexKind.NETWORK, lane);
                    graph.addVertex(net);
                    graph.addEdge(new Vertex(VertexKind.NAMESPACE, ns.name()), net, new Link(LinkKind.VXLAN, here, Place.of(lane), lane));
                } else if (d.segment() != null) {
                    Vertex seg = new Vertex(VertexKind.SEGMENT, d.segment());
                    graph.addVertex(seg);
                    graph.addEdge(new Vertex(VertexKind.NAMESPACE, ns.name()), seg, new Link(LinkKind.UNDERLAY, here, Place.of(d.segment()), Lane.UNDERLAY));
                }
            }
        }
    }

    /**
     * Which lane each device ({@code ns\0dev}) is drawn on: bridges and their ports first (the overlay
     * namespace's network, {@code docker_gwbridge}), then the far ends of veths take their peer's lane.
     */
    static Map<String, String> deviceLanes(Cluster cluster, DesiredState desired) {
        Map<String, String> lane = new HashMap<>();
        for (DesiredState.Namespace ns : desired.namespaces()) {
            if (ns.kind() == DesiredState.Kind.OVERLAY) {
                String net = ns.devices().stream().filter(d -> d.vxlan() != null).findFirst()
                        .flatMap(d -> cluster.networks().stream().filter(n -> n.vni() == d.vxlan().vni()).findFirst())
                        .map(Cluster.Network::name).orElse(ns.name().substring(ns.name().indexOf(':') + 1));
                ns.devices().forEach(d -> lane.put(key(ns.name(), d.name()), net));
            } else if (ns.kind() == DesiredState.Kind.HOST) {
                for (DesiredState.Device d : ns.devices()) {
                    if (d.segment() != null) {
                        lane.put(key(ns.name(), d.name()), Lane.UNDERLAY);
                    } else if (d.kind() == NetDevice.Kind.BRIDGE || d.master() != null) {
                        lane.put(key(ns.name(), d.name()), Lane.GWBRIDGE);
                    }
                }
            }
        }
        for (DesiredState.Namespace ns : desired.namespaces()) {
            for (DesiredState.Device d : ns.devices()) {
                if (d.kind() == NetDevice.Kind.VETH && d.peer() != null && !lane.containsKey(key(ns.name(), d.name()))) {
                    Place p = parse(d.peer());
                    String l = lane.get(key(p.netns(), p.device()));
                    if (l != null) {
                        lane.put(key(ns.name(), d.name()), l);
                    }
                }
            }
        }
        return lane;
    }

    private static int rank(DesiredState.Kind k) {
        switch (k) {
            case CONTAINER:
                return 0;
            case LB_SANDBOX:
                return 1;
            case INGRESS_SANDBOX:
                return 2;
            case OVERLAY:
                return 3;
            default:
                return 4;
        }
    }

    private int firstLaneIndex(NsInfo n) {
        return n.ports().stream().map(p -> lanes.get(p.lane())).filter(l -> l != null && l.overlay()).mapToInt(Lane::index).min().orElse(99);
    }

    static String key(String ns, String dev) {
        return ns + "\0" + dev;
    }

    private static String key(Place p) {
        return key(p.netns(), p.device());
    }

    /** {@code netns/dev} as the desired state writes a veth's peer (namespace names may hold ':' but not '/'). */
    static Place parse(DesiredState.DeviceRef peer) {
        return Place.of(peer.namespace(), peer.device());
    }

    private static String network(String cidr) {
        String[] parts = cidr.split("/");
        if (parts.length != 2 || !parts[0].contains(".")) {
            return cidr;
        }
        int bits = Integer.parseInt(parts[1]);
        String[] o = parts[0].split("\\.");
        long a = (Long.parseLong(o[0]) << 24) | (Long.parseLong(o[1]) << 16) | (Long.parseLong(o[2]) << 8) | Long.parseLong(o[3]);
        long mask = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
        long n = a & mask;
        return String.format(java.util.Locale.ROOT, "%d.%d.%d.%d/%d", n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255, bits);
    }

    public Graph<Vertex, Link> graph() {
        return graph;
    }

    /** Node names in natural order. */
    public List<String> nodes() {
        return nodes;
    }

    public String nodeTitle(String node) {
        return nodeTitles.getOrDefault(node, node);
    }

    /** A node's namespaces top to bottom: containers, lb_ sandboxes, ingress_sbox, overlay namespaces, the host. */
    public List<NsInfo> namespacesOf(String node) {
        return byNode.getOrDefault(node, List.of());
    }

    public Optional<NsInfo> namespace(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Lane> overlayLanes() {
        return overlayLanes;
    }

    public Optional<Lane> lane(String name) {
        return Optional.ofNullable(lanes.get(name));
    }

    /** Every lane: overlays (ingress first), docker_gwbridge, the underlay. */
    public List<Lane> lanes() {
        return List.copyOf(lanes.values());
    }

    /** The veth pair one of whose ends is {@code device}, if any. */
    public Optional<Link> vethAt(Place device) {
        return Optional.ofNullable(veths.get(device));
    }
}
