package io.swarmsim.gui.topology;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.netns.NetDevice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Titles and device rows for one namespace. A learner recognises a container by its task name and
 * the container ID {@code docker ps} prints, not by its sandbox ID (the namespace's name), and an
 * overlay namespace by its network's name; the rows say which device joins which network with what
 * address, the way {@code ip -br addr} would.
 */
final class NsLabels {
    private NsLabels() {
    }

    static NsInfo info(DesiredState.Namespace ns, Cluster cluster, Map<String, String> deviceLanes, Map<String, Lane> lanes) {
        String title;
        String subtitle;
        String local = ns.name().substring(ns.name().indexOf(':') + 1);
        switch (ns.kind()) {
            case CONTAINER:
                title = ns.owner();
                subtitle = cluster.task(ns.owner()).map(t -> "container " + t.shortContainerId()).orElse("container " + ns.name());
                break;
            case OVERLAY:
                String net = ns.devices().stream().map(d -> deviceLanes.get(TopologyGraph.key(ns.name(), d.name())))
                        .filter(l -> l != null).findFirst().orElse(local);
                title = net + " namespace";
                subtitle = local + "  (bridge + VXLAN)";
                break;
            case INGRESS_SANDBOX:
                title = "ingress_sbox";
                subtitle = "routing mesh sandbox";
                break;
            case LB_SANDBOX:
                String lbNet = ns.devices().stream().map(d -> deviceLanes.get(TopologyGraph.key(ns.name(), d.name())))
                        .filter(l -> l != null).findFirst().orElse("");
                title = local;
                subtitle = lbNet + " load balancer";
                break;
            default:
                title = "host " + ns.node();
                subtitle = "the node's own namespace";
        }
        return new NsInfo(ns.name(), ns.kind(), ns.node(), ns.owner(), title, subtitle, ports(ns, deviceLanes, lanes));
    }

    private static List<Port> ports(DesiredState.Namespace ns, Map<String, String> deviceLanes, Map<String, Lane> lanes) {
        List<Port> out = new ArrayList<>();
        List<DesiredState.Device> devices = new ArrayList<>(ns.devices());
        devices.sort(Comparator.comparing(DesiredState.Device::name, NaturalOrder.INSTANCE));
        // a bridge and the veths enslaved to it share one port: frames between them stay inside the box
        for (DesiredState.Device d : devices) {
            String lane = deviceLanes.get(TopologyGraph.key(ns.name(), d.name()));
            if (d.kind() == NetDevice.Kind.BRIDGE) {
                List<String> members = new ArrayList<>();
                members.add(d.name());
                devices.stream().filter(x -> d.name().equals(x.master()) && x.kind() != NetDevice.Kind.VXLAN).map(DesiredState.Device::name)
                        .forEach(members::add);
                out.add(new Port(members, lane, side(lane, lanes), d.name() + addresses(ns, d.name())));
            } else if (d.kind() == NetDevice.Kind.VXLAN) {
                out.add(new Port(List.of(d.name()), lane, Port.Side.TUNNEL, d.name() + "  VNI " + d.vxlan().vni()));
            } else if (d.segment() != null) {
                out.add(new Port(List.of(d.name()), Lane.UNDERLAY, Port.Side.BOTTOM, d.name() + addresses(ns, d.name())));
            } else if (d.master() == null) {
                out.add(new Port(List.of(d.name()), lane, lane == null ? Port.Side.NONE : side(lane, lanes), d.name() + addresses(ns, d.name())));
            }
        }
        // rows in a fixed order: the overlay lanes left to right, then docker_gwbridge, then the underlay
        out.sort(Comparator.comparingInt((Port p) -> order(p, lanes)).thenComparing(p -> p.side() == Port.Side.TUNNEL)
                .thenComparing(p -> p.devices().get(0), NaturalOrder.INSTANCE));
        return out;
    }

    private static int order(Port p, Map<String, Lane> lanes) {
        Lane l = p.lane() == null ? null : lanes.get(p.lane());
        if (l == null) {
            return 1000;
        }
        return l.overlay() ? l.index() : l.kind() == Lane.Kind.GWBRIDGE ? 500 : 600;
    }

    private static Port.Side side(String lane, Map<String, Lane> lanes) {
        Lane l = lane == null ? null : lanes.get(lane);
        if (l == null) {
            return Port.Side.NONE;
        }
        return l.kind() == Lane.Kind.GWBRIDGE ? Port.Side.LEFT : l.kind() == Lane.Kind.UNDERLAY ? Port.Side.BOTTOM : Port.Side.RIGHT;
    }

    /** "  10.0.0.3/24", plus how many more IPv4 addresses (VIPs on an lb_ sandbox) the device holds. */
    private static String addresses(DesiredState.Namespace ns, String device) {
        List<String> v4 = ns.addresses().stream().filter(a -> a.device().equals(device) && !a.cidr().contains(":"))
                .map(DesiredState.AddressSpec::cidr).toList();
        if (v4.isEmpty()) {
            return "";
        }
        return "  " + v4.get(0) + (v4.size() > 1 ? "  +" + (v4.size() - 1) + " VIP" + (v4.size() > 2 ? "s" : "") : "");
    }
}
