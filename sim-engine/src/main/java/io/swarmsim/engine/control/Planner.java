package io.swarmsim.engine.control;

import io.swarmsim.engine.images.ImageCatalogue;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netns.EphemeralPorts;
import io.swarmsim.kernel.netns.NetDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Turns the allocated cluster into desired kernel state, as libnetwork on each node would program
 * it for Docker 1.12: a host namespace per node (underlay eth0, docker_gwbridge) and a namespace
 * per task with one veth per network (eth0, eth1, ... in attachment order, MTU 1450 on overlays,
 * MAC 02:42 + IPv4), a last leg on docker_gwbridge carrying the default route, and the embedded DNS
 * nat rules with two kernel-chosen ports.
 */
public final class Planner {
    static final int OVERLAY_MTU = 1450;
    private static final String UNDERLAY = "underlay";

    private Planner() {
    }

    public static DesiredState plan(Cluster cluster, ImageCatalogue images, SplittableRandom ports) {
        List<DesiredState.Namespace> out = new ArrayList<>();
        for (Cluster.Node n : cluster.nodes()) {
            out.add(host(n));
        }
        for (Cluster.Task t : cluster.tasks()) {
            out.add(container(cluster, t, images.profile(t.image()).ipv6LinkLocal(), ports));
        }
        return new DesiredState(out);
    }

    /** The L2 segment of a node's docker_gwbridge. */
    public static String gwbridgeSegment(String node) {
        return Allocator.GWBRIDGE + "@" + node;
    }

    private static DesiredState.Namespace host(Cluster.Node n) {
        List<DesiredState.Device> devs = List.of(
                new DesiredState.Device("eth0", NetDevice.Kind.ETHER, MacAddress.fromIpv4(n.address()), 1500, UNDERLAY),
                new DesiredState.Device(Allocator.GWBRIDGE, NetDevice.Kind.BRIDGE, MacAddress.fromIpv4(n.gwbridge().nth(1)), 1500,
                        gwbridgeSegment(n.name())));
        List<DesiredState.AddressSpec> addrs = List.of(new DesiredState.AddressSpec(n.address() + "/24", "eth0"),
                new DesiredState.AddressSpec(n.gwbridge().nth(1) + "/" + n.gwbridge().length(), Allocator.GWBRIDGE));
        return new DesiredState.Namespace(n.name(), DesiredState.Kind.HOST, n.name(), n.name(), devs, addrs, List.of(), true,
                "", Optional.empty());
    }

    private static DesiredState.Namespace container(Cluster c, Cluster.Task t, boolean ipv6, SplittableRandom ports) {
        List<DesiredState.Device> devs = new ArrayList<>();
        List<DesiredState.AddressSpec> addrs = new ArrayList<>();
        List<DesiredState.RouteSpec> routes = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, IpAddress> e : t.addresses().entrySet()) {
            String dev = "eth" + i++;
            boolean gw = e.getKey().equals(Allocator.GWBRIDGE);
            int len = gw ? t.node().gwbridge().length() : c.network(e.getKey()).orElseThrow().subnet().length();
            MacAddress mac = MacAddress.fromIpv4(e.getValue());
            devs.add(new DesiredState.Device(dev, NetDevice.Kind.VETH, mac, gw ? 1500 : OVERLAY_MTU,
                    gw ? gwbridgeSegment(t.node().name()) : e.getKey()));
            addrs.add(new DesiredState.AddressSpec(e.getValue() + "/" + len, dev));
            if (ipv6) {
                addrs.add(new DesiredState.AddressSpec(linkLocal(mac) + "/64", dev));
            }
            if (gw) {
                routes.add(new DesiredState.RouteSpec("default", t.node().gwbridge().nth(1).toString(), dev));
            }
        }
        int udp = EphemeralPorts.LOW + ports.nextInt(EphemeralPorts.HIGH - EphemeralPorts.LOW);
        int tcp;
        do {
            tcp = EphemeralPorts.LOW + ports.nextInt(EphemeralPorts.HIGH - EphemeralPorts.LOW);
        } while (tcp == udp);
        DesiredState.EmbeddedDns dns = new DesiredState.EmbeddedDns(udp, tcp);
        return new DesiredState.Namespace(t.sandboxId().substring(0, 12), DesiredState.Kind.CONTAINER, t.node().name(), t.name(),
                devs, addrs, routes, false, EmbeddedDnsRules.natTable(dns), Optional.of(dns));
    }

    /** The EUI-64 link-local address the kernel derives from a MAC (fe80::42:aff:fe00:2 for 02:42:0a:00:00:02). */
    static IpAddress linkLocal(MacAddress mac) {
        byte[] m = mac.toBytes();
        byte[] b = new byte[16];
        b[0] = (byte) 0xfe;
        b[1] = (byte) 0x80;
        b[8] = (byte) (m[0] ^ 0x02);
        b[9] = m[1];
        b[10] = m[2];
        b[11] = (byte) 0xff;
        b[12] = (byte) 0xfe;
        b[13] = m[3];
        b[14] = m[4];
        b[15] = m[5];
        return IpAddress.ofBytes(b);
    }
}
