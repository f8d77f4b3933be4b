package io.swarmsim.kernel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import io.swarmsim.kernel.netns.FdbEntry;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.Neighbour;
import io.swarmsim.kernel.netns.Route;
import io.swarmsim.kernel.netns.Scope;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules the recorded topology does not exercise. */
class PrinterRulesTest {

    @Test
    void aBridgeWithoutPortsHasNoCarrierAndIsDown() {
        NetNamespace ns = new NetNamespace("n", 40000);
        ns.addDevice("docker0", NetDevice.Kind.BRIDGE, Topology.mac("02:42:9a:00:00:01"), 1500, null, null);
        String out = IpLinkPrinter.print(ns, LinkPeers.NONE);
        assertTrue(out.contains("2: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000\n"), out);
    }

    @Test
    void bothEndsOfAVethInOneNamespacePrintThePeerNameAndNoNetnsid() {
        NetNamespace ns = new NetNamespace("n", 40000);
        ns.addDevice("veth0", NetDevice.Kind.VETH, Topology.mac("02:00:00:00:00:01"), 1500, "n/veth1", null);
        ns.addDevice("veth1", NetDevice.Kind.VETH, Topology.mac("02:00:00:00:00:02"), 1500, "n/veth0", null);
        String out = IpLinkPrinter.print(ns, new NamespaceLinks(ns, x -> Optional.of(ns)));
        assertTrue(out.contains("2: veth0@veth1: <BROADCAST"), out);
        assertTrue(out.contains("    link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff\n3: veth1@veth0: "), out);
    }

    @Test
    void withoutDefaultOrderNamespaceIdsFollowTheFirstDeviceThatNeedsThem() {
        Topology t = new Topology();
        NamespaceLinks links = new NamespaceLinks(t.namespaces.get("b"), n -> Optional.ofNullable(t.namespaces.get(n)));
        assertEquals(0, links.netnsid("c").getAsInt());
        assertEquals(1, links.netnsid("h").getAsInt());
        assertEquals(2, links.netnsid("d").getAsInt());
        assertTrue(links.netnsid("b").isEmpty(), "a namespace has no id for itself");
    }

    @Test
    void ipv6AddressesPrintGlobalBeforeLinkAndNewestFirstWithinAScope() {
        NetNamespace ns = new NetNamespace("n", 40000);
        ns.addDevice("eth0", NetDevice.Kind.VETH, Topology.mac("02:42:0a:00:00:02"), 1500, null, null);
        ns.addAddress(InterfaceAddress.of("fe80::42:aff:fe00:2/64", "eth0"));
        ns.addAddress(InterfaceAddress.of("2001:db8::2/64", "eth0"));
        ns.addAddress(InterfaceAddress.of("2001:db8::3/64", "eth0"));
        ns.addAddress(InterfaceAddress.of("10.0.0.2/31", "eth0"));
        String out = IpAddrPrinter.print(ns, LinkPeers.NONE);
        String expected = "    inet 10.0.0.2/31 scope global eth0\n"
                + "       valid_lft forever preferred_lft forever\n"
                + "    inet6 2001:db8::3/64 scope global \n"
                + "       valid_lft forever preferred_lft forever\n"
                + "    inet6 2001:db8::2/64 scope global \n"
                + "       valid_lft forever preferred_lft forever\n"
                + "    inet6 fe80::42:aff:fe00:2/64 scope link \n"
                + "       valid_lft forever preferred_lft forever\n";
        assertTrue(out.endsWith(expected), out);
        String fdb = BridgeFdbPrinter.print(ns, LinkPeers.NONE);
        assertEquals("33:33:00:00:00:01 dev eth0 self permanent\n01:00:5e:00:00:01 dev eth0 self permanent\n"
                + "33:33:ff:00:00:02 dev eth0 self permanent\n33:33:ff:00:00:03 dev eth0 self permanent\n", fdb,
                "one solicited-node group per distinct low 24 bits");
    }

    @Test
    void routesSortByAddressThenLongerPrefixAndHostRoutesDropTheirLength() {
        NetNamespace ns = new NetNamespace("n", 40000);
        ns.addDevice("eth0", NetDevice.Kind.VETH, Topology.mac("02:42:0a:00:00:02"), 1500, null, null);
        ns.addRoute(new Route(Route.Type.UNICAST, Prefix.parse("10.0.0.0/8"), "eth0", IpAddress.parse("10.255.0.1"), null,
                Scope.GLOBAL, Route.Protocol.BOOT));
        ns.addAddress(InterfaceAddress.of("10.0.0.2/24", "eth0"));
        ns.addRoute(new Route(Route.Type.UNICAST, Prefix.parse("192.168.1.7/32"), "eth0", null, null, Scope.LINK, Route.Protocol.BOOT));
        ns.addDefaultRoute(IpAddress.parse("10.0.0.1"), "eth0");
        assertEquals("default via 10.0.0.1 dev eth0 \n"
                + "10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.2 \n"
                + "10.0.0.0/8 via 10.255.0.1 dev eth0 \n"
                + "192.168.1.7 dev eth0 scope link \n", IpRoutePrinter.printMain(ns));
    }

    @Test
    void neighbourAndFdbLineForms() {
        assertEquals("10.0.0.9 dev eth0 FAILED ", IpNeighPrinter.line(
                new Neighbour(IpAddress.parse("10.0.0.9"), "eth0", Topology.mac("02:42:0a:00:00:09"), Neighbour.State.FAILED)));
        assertEquals("fe80::1 dev eth0 lladdr 02:42:0a:00:00:09 STALE ", IpNeighPrinter.line(
                new Neighbour(IpAddress.parse("fe80::1"), "eth0", Topology.mac("02:42:0a:00:00:09"), Neighbour.State.STALE)));
        assertEquals("02:42:0a:00:00:09 dev vxlan1 dst 192.168.99.9 self \n", BridgeFdbPrinter.line(
                new FdbEntry(Topology.mac("02:42:0a:00:00:09"), "vxlan1", null, IpAddress.parse("192.168.99.9"), true, false),
                java.util.OptionalInt.empty()));
    }

    @Test
    void aVxlanCreatedInTheViewerHasNoLinkAndItsFdbNoNetnsid() {
        NetNamespace ns = new NetNamespace("n", 40000);
        ns.addDevice("vxlan0", NetDevice.Kind.VXLAN, Topology.mac("02:42:0a:00:00:fe"), 1450, null,
                io.swarmsim.kernel.netns.VxlanConfig.docker(4096, null, "n"));
        ns.fdb(new FdbEntry(Topology.mac("02:42:0a:00:00:03"), "vxlan0", null, IpAddress.parse("192.168.99.102"), true, true));
        LinkPeers links = new NamespaceLinks(ns, x -> Optional.of(ns));
        assertTrue(IpLinkPrinter.print(ns, links).contains("2: vxlan0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN"));
        assertEquals("02:42:0a:00:00:03 dev vxlan0 dst 192.168.99.102 self permanent\n", BridgeFdbPrinter.print(ns, links));
    }
}
