package io.swarmsim.kernel.text;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.net.Prefix;
import io.swarmsim.kernel.netns.FdbEntry;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.Neighbour;
import io.swarmsim.kernel.netns.Route;
import io.swarmsim.kernel.netns.Scope;
import io.swarmsim.kernel.netns.VxlanConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model twin of {@code src/test/resources/text/record.sh}: one Swarm node with its host
 * namespace {@code h} (IPv6 off), the overlay namespace {@code b} (br0, vxlan1, two veth ports),
 * container {@code c} (overlay + docker_gwbridge, IPv6 on) and container {@code d} (overlay, IPv6
 * off on eth0 but ::1 on lo). Devices are created in the script's order so ifindex values agree.
 */
final class Topology {
    final Map<String, NetNamespace> namespaces = new LinkedHashMap<>();

    Topology() {
        NetNamespace h = ns("h");
        NetNamespace b = ns("b");
        NetNamespace c = ns("c");
        NetNamespace d = ns("d");
        h.disableIpv6(); // record.sh turns IPv6 off in h; b, c and d keep lo's ::1
        h.addDevice("docker_gwbridge", NetDevice.Kind.BRIDGE, mac("02:42:ac:12:00:01"), 1500, null, null);
        b.addDevice("br0", NetDevice.Kind.BRIDGE, mac("02:42:0a:00:00:01"), 1450, null, null);
        c.addDevice("eth0", NetDevice.Kind.VETH, mac("02:42:0a:00:00:02"), 1450, "b/veth2", null);
        b.addDevice("veth2", NetDevice.Kind.VETH, mac("02:42:0a:00:01:02"), 1450, "c/eth0", null);
        c.addDevice("eth1", NetDevice.Kind.VETH, mac("02:42:ac:12:00:03"), 1500, "h/veth5", null);
        h.addDevice("veth5", NetDevice.Kind.VETH, mac("02:42:ac:12:01:03"), 1500, "c/eth1", null);
        b.addDevice("vxlan1", NetDevice.Kind.VXLAN, mac("02:42:0a:00:00:fe"), 1450, null, VxlanConfig.docker(256, null, "h"));
        d.addDevice("eth0", NetDevice.Kind.VETH, mac("02:42:0a:00:00:04"), 1450, "b/veth3", null);
        b.addDevice("veth3", NetDevice.Kind.VETH, mac("02:42:0a:00:01:04"), 1450, "d/eth0", null);

        b.setMaster("veth2", "br0");
        b.setMaster("vxlan1", "br0");
        b.setMaster("veth3", "br0");
        h.setMaster("veth5", "docker_gwbridge");

        h.addAddress(InterfaceAddress.of("172.18.0.1/16", "docker_gwbridge"));
        b.addAddress(InterfaceAddress.of("10.0.0.1/24", "br0"));
        c.addAddress(InterfaceAddress.of("10.0.0.2/24", "eth0"));
        c.addAddress(InterfaceAddress.of("172.18.0.3/16", "eth1"));
        d.addAddress(InterfaceAddress.of("10.0.0.4/24", "eth0"));
        for (NetNamespace n : List.of(b, c)) {
            for (NetDevice dev : n.devices()) {
                if (!dev.isLoopback()) {
                    n.addAddress(InterfaceAddress.of(dev.mac().linkLocal() + "/64", dev.name()));
                }
            }
        }
        c.addDefaultRoute(IpAddress.parse("172.18.0.1"), "eth1");
        c.addRoute(new Route(Route.Type.UNICAST, Prefix.parse("10.20.0.0/16"), "eth0", IpAddress.parse("10.0.0.1"), null,
                Scope.GLOBAL, Route.Protocol.STATIC));

        b.fdb(new FdbEntry(mac("02:42:0a:00:00:02"), "veth2", "br0", null, false, false));
        h.fdb(new FdbEntry(mac("02:42:ac:12:00:03"), "veth5", "docker_gwbridge", null, false, false));

        b.neighbour(neigh("10.0.0.3", "vxlan1", "02:42:0a:00:00:03", Neighbour.State.PERMANENT));
        b.neighbour(neigh("10.0.0.5", "vxlan1", "02:42:0a:00:00:05", Neighbour.State.PERMANENT));
        b.neighbour(neigh("10.0.0.2", "br0", "02:42:0a:00:00:02", Neighbour.State.REACHABLE));
        b.neighbour(neigh("10.0.0.4", "br0", "02:42:0a:00:00:04", Neighbour.State.STALE));
        b.neighbour(neigh("10.0.0.9", "br0", null, Neighbour.State.INCOMPLETE));
        b.neighbour(neigh("10.0.0.10", "br0", null, Neighbour.State.FAILED));
        b.fdb(vtep("02:42:0a:00:00:03", "192.168.99.102"));
        b.fdb(vtep("02:42:0a:00:00:05", "192.168.99.103"));
        b.fdb(vtep("02:42:0a:00:00:07", "192.168.99.102"));
    }

    /** The link view of namespace {@code name}; the vxlan move from h to b allocated their ids first. */
    LinkPeers links(String name) {
        NetNamespace viewer = namespaces.get(name);
        List<String> first = switch (name) {
            case "b" -> List.of("h");
            case "h" -> List.of("b");
            default -> List.of();
        };
        return new NamespaceLinks(viewer, n -> Optional.ofNullable(namespaces.get(n)), first);
    }

    private NetNamespace ns(String name) {
        NetNamespace n = new NetNamespace(name, 40000);
        namespaces.put(name, n);
        return n;
    }

    private static FdbEntry vtep(String mac, String dst) {
        return new FdbEntry(mac(mac), "vxlan1", null, IpAddress.parse(dst), true, true);
    }

    private static Neighbour neigh(String ip, String dev, String mac, Neighbour.State s) {
        return new Neighbour(IpAddress.parse(ip), dev, mac == null ? null : mac(mac), s);
    }

    static MacAddress mac(String s) {
        return MacAddress.parse(s);
    }

}
