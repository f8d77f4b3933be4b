package io.swarmsim.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.images.ImageCatalogue;
import io.swarmsim.engine.loop.RandomStreams;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.kernel.netns.NetDevice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kernel state the planner derives from vote.yaml's clusters, in the 1.12 and 18.06 eras. */
class PlannerTest {
    record Built(Cluster cluster, DesiredState state) {
    }

    static Built build(String version, String experiment, long seed) throws Exception {
        Scenario s = AllocatorTest.vote(version);
        RandomStreams rs = new RandomStreams(seed);
        Cluster c = Allocator.allocate(s, s.servicesFor(s.experiment(experiment).orElseThrow()), rs);
        DesiredState d = Planner.plan(c, new ImageCatalogue(s.sim().images()), rs.stream("kernel-ports"), rs.stream("kernel-macs"),
                new io.swarmsim.engine.apps.TaskServers(s.sim(), new io.swarmsim.engine.apps.ServedLog())::of);
        return new Built(c, d);
    }

    /** Whether {@code ns} has address {@code cidr} on {@code dev} (with or without a broadcast, which the era decides). */
    private static boolean has(DesiredState.Namespace ns, String cidr, String dev) {
        return ns.addresses().stream().anyMatch(a -> a.cidr().equals(cidr) && a.device().equals(dev));
    }

    private static DesiredState.Device device(DesiredState.Namespace ns, String name) {
        return ns.devices().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + ns.name() + ": " + ns.devices()));
    }

    private static List<String> iptablesLines(DesiredState.Namespace ns, String table) {
        List<String> out = new java.util.ArrayList<>();
        boolean in = false;
        for (String l : ns.iptables().split("\n")) {
            if (l.startsWith("*")) {
                in = l.equals("*" + table);
            } else if (in && l.startsWith("-A ")) {
                out.add(l);
            }
        }
        return out;
    }

    private static DesiredState.Namespace overlayNs(Built b, String node, String network) {
        String name = Planner.local(node, Planner.overlayName(b.cluster().network(network).orElseThrow()));
        return b.state().namespace(name).orElseThrow(() -> new AssertionError("no overlay namespace " + name));
    }

    @Test
    void everyTaskHasAContainerNamespaceWithAnEthPerNetworkAndADefaultRoute() throws Exception {
        for (String v : List.of("1.12", "18.06")) {
            for (String exp : List.of("vip", "dnsrr", "mesh")) {
                Built b = build(v, exp, 1);
                for (Cluster.Task t : b.cluster().tasks()) {
                    DesiredState.Namespace ns = b.state().ofTask(t.name()).orElseThrow(() -> new AssertionError(t.name()));
                    assertEquals(DesiredState.Kind.CONTAINER, ns.kind());
                    assertEquals(t.node().name(), ns.node());
                    assertEquals(t.sandboxId().substring(0, 12), ns.name());
                    int i = 0;
                    for (Map.Entry<String, io.swarmsim.kernel.net.IpAddress> e : t.addresses().entrySet()) {
                        String dev = "eth" + i++;
                        DesiredState.Device d = device(ns, dev);
                        assertEquals(NetDevice.Kind.VETH, d.kind());
                        String ip = e.getValue().toString();
                        assertTrue(ns.addresses().stream().anyMatch(a -> a.device().equals(dev) && a.cidr().startsWith(ip + "/")),
                                v + " " + t.name() + " " + dev + " " + ns.addresses());
                        assertEquals(io.swarmsim.kernel.net.MacAddress.fromIpv4(e.getValue()), d.mac());
                        if (e.getKey().equals(Allocator.GWBRIDGE)) {
                            assertEquals(1500, d.mtu());
                            assertTrue(d.peer().toString().startsWith(t.node().name() + "/veth"), d.peer().toString());
                        } else {
                            assertEquals(1450, d.mtu(), "overlay veth MTU is 1500 - 50");
                            assertTrue(d.peer().toString().startsWith(overlayNs(b, t.node().name(), e.getKey()).name() + "/"), d.peer().toString());
                        }
                    }
                    assertEquals(List.of(DesiredState.RouteSpec.defaultVia(ip("172.18.0.1"), "eth" + (t.addresses().size() - 1))),
                            ns.routes(), t.name());
                    assertTrue(ns.dns().isPresent(), t.name());
                }
            }
        }
    }

    @Test
    void everyNodeHasAHostNamespaceWithUnderlayAndGwbridge() throws Exception {
        Built b = build("1.12", "vip", 1);
        for (Cluster.Node n : b.cluster().nodes()) {
            DesiredState.Namespace h = b.state().ofNode(n.name()).orElseThrow();
            assertEquals(DesiredState.Kind.HOST, h.kind());
            assertEquals(n.name(), h.name());
            assertTrue(h.ipForward());
            assertEquals(NetDevice.Kind.ETHER, device(h, "eth0").kind());
            assertEquals("underlay", device(h, "eth0").segment());
            assertEquals(NetDevice.Kind.BRIDGE, device(h, "docker_gwbridge").kind());
            assertTrue(has(h, n.address() + "/24", "eth0"), h.addresses().toString());
            assertTrue(has(h, "172.18.0.1/16", "docker_gwbridge"));
            assertTrue(iptablesLines(h, "nat").contains("-A POSTROUTING -s 172.18.0.0/16 ! -o docker_gwbridge -j MASQUERADE"),
                    h.iptables());
        }
    }

    @Test
    void overlayNamespacesHaveBr0AndAVxlanDeviceWithTheVniAndLocalVtep() throws Exception {
        for (String v : List.of("1.12", "18.06")) {
            Built b = build(v, "vip", 1);
            for (Cluster.Node n : b.cluster().nodes()) {
                for (Cluster.Network net : b.cluster().networks()) {
                    DesiredState.Namespace ov = overlayNs(b, n.name(), net.name());
                    assertEquals(DesiredState.Kind.OVERLAY, ov.kind());
                    assertEquals("1-" + net.id().substring(0, 10), ov.name().substring(ov.name().indexOf(':') + 1));
                    DesiredState.Device br = device(ov, "br0");
                    assertEquals(NetDevice.Kind.BRIDGE, br.kind());
                    assertTrue(has(ov, net.gateway() + "/" + net.subnet().length(), "br0"));
                    DesiredState.Device vx = ov.devices().stream().filter(d -> d.kind() == NetDevice.Kind.VXLAN).findFirst().orElseThrow();
                    assertEquals("br0", vx.master());
                    assertEquals(net.vni(), vx.vxlan().vni());
                    assertEquals(4789, vx.vxlan().port());
                    assertEquals(n.address(), vx.vxlan().local(), "local VTEP is the node's underlay address");
                    assertEquals(n.name(), vx.vxlan().underlayNetns());
                    assertEquals(1450, vx.mtu());
                    assertEquals(List.of(new DesiredState.PeerProgram(vx.name(), net.name(), n.address())), ov.peerPrograms());
                }
            }
        }
    }

    @Test
    void overlayPeersListEveryEndpointWithItsNodeVtep() throws Exception {
        Built b = build("1.12", "vip", 1);
        List<DesiredState.Peer> peers = b.state().peers().get("overlay1");
        assertEquals(3, peers.size(), peers.toString());
        DesiredState.Peer vote2 = peers.stream().filter(p -> p.address().toString().equals("10.0.0.6")).findFirst().orElseThrow();
        assertEquals("192.168.99.102", vote2.vtep().toString());
        assertEquals("02:42:0a:00:00:06", vote2.mac().toString());
        List<DesiredState.Peer> ingress = b.state().peers().get("ingress");
        assertEquals(List.of("10.255.0.2@192.168.99.101", "10.255.0.3@192.168.99.102"),
                ingress.stream().map(p -> p.address() + "@" + p.vtep()).toList());
    }

    @Test
    void interfaceNamesShareOneCounterIn112AndCountPerPrefixFrom1705() throws Exception {
        Built old = build("1.12", "vip", 1);
        DesiredState.Namespace ov = overlayNs(old, "node2", "overlay1");
        assertEquals(List.of("br0", "vxlan1", "veth2", "veth3"), ov.devices().stream().map(DesiredState.Device::name).toList());
        for (String v : List.of("17.06", "18.06")) {
            Built now = build(v, "vip", 1);
            DesiredState.Namespace ov2 = overlayNs(now, "node2", "overlay1");
            List<String> names = ov2.devices().stream().map(DesiredState.Device::name).toList();
            assertEquals("br0", names.get(0), v);
            assertEquals("vxlan0", names.get(1), v);
            assertTrue(names.contains("veth0") && names.contains("veth1"), v + " " + names);
            assertFalse(names.contains("vxlan1"), v + " " + names);
        }
    }

    @Test
    void ingressSandboxOnEveryNodeWithGwbridgeLegAt172_18_0_2() throws Exception {
        for (String v : List.of("1.12", "18.06")) {
            Built b = build(v, "vip", 1);
            for (Cluster.Node n : b.cluster().nodes()) {
                DesiredState.Namespace sb = b.state().namespace(n.name() + ":ingress_sbox").orElseThrow();
                assertEquals(DesiredState.Kind.INGRESS_SANDBOX, sb.kind());
                assertTrue(sb.ipForward());
                assertTrue(has(sb, "172.18.0.2/16", "eth1"), sb.addresses().toString());
                String ingressIp = b.cluster().attachment(n.name(), "ingress").orElseThrow().toString();
                assertTrue(has(sb, ingressIp + "/16", "eth0"), sb.addresses().toString());
                assertEquals(List.of(DesiredState.RouteSpec.defaultVia(ip("172.18.0.1"), "eth1")), sb.routes());
                assertTrue(device(sb, "eth0").peer().toString().startsWith(overlayNs(b, n.name(), "ingress").name() + "/veth"));
                assertTrue(device(sb, "eth1").peer().toString().startsWith(n.name() + "/veth"));
            }
        }
    }

    @Test
    void containersCarryTheEmbeddedDnsNatRules() throws Exception {
        Built b = build("1.12", "dnsrr", 1);
        for (Cluster.Task t : b.cluster().tasks()) {
            DesiredState.Namespace ns = b.state().ofTask(t.name()).orElseThrow();
            DesiredState.EmbeddedDns dns = ns.dns().orElseThrow();
            assertNotEquals(dns.udpPort(), dns.tcpPort());
            assertTrue(ns.iptables().contains(":DOCKER_OUTPUT - [0:0]"), ns.iptables());
            assertTrue(ns.iptables().contains(":DOCKER_POSTROUTING - [0:0]"), ns.iptables());
            assertEquals(List.of(
                    "-A OUTPUT -d 127.0.0.11/32 -j DOCKER_OUTPUT",
                    "-A POSTROUTING -d 127.0.0.11/32 -j DOCKER_POSTROUTING",
                    "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p tcp -m tcp --dport 53 -j DNAT --to-destination 127.0.0.11:" + dns.tcpPort(),
                    "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:" + dns.udpPort(),
                    "-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p tcp -m tcp --sport " + dns.tcpPort() + " -j SNAT --to-source :53",
                    "-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p udp -m udp --sport " + dns.udpPort() + " -j SNAT --to-source :53"),
                    iptablesLines(ns, "nat"), t.name());
            // dnsrr: no load balancing state at all
            assertTrue(iptablesLines(ns, "mangle").isEmpty(), ns.iptables());
            assertTrue(ns.ipvs().isEmpty());
        }
    }

    @Test
    void era112MarksVipsInEachContainersMangleOutput() throws Exception {
        Built b = build("1.12", "vip", 1);
        DesiredState.Namespace client = b.state().ofTask("client.1").orElseThrow();
        assertEquals(List.of("-A OUTPUT -d 10.0.0.2/32 -j MARK --set-xmark 0x100/0xffffffff",
                "-A OUTPUT -d 10.0.0.4/32 -j MARK --set-xmark 0x101/0xffffffff"), iptablesLines(client, "mangle"));
        assertTrue(iptablesLines(client, "nat").contains("-A POSTROUTING -d 10.0.0.0/24 -m ipvs --ipvs -j SNAT --to-source 10.0.0.3"),
                client.iptables());
        assertEquals(List.of(DesiredState.IpvsService.libnetwork(256, List.of(ip("10.0.0.3"))),
                DesiredState.IpvsService.libnetwork(257, List.of(ip("10.0.0.5"), ip("10.0.0.6")))), client.ipvs());
        // 1.12 does not DNAT a ping to the VIP (1.13-18.05 do)
        assertTrue(client.iptables().lines().noneMatch(l -> l.contains("--icmp-type 8")), client.iptables());
        // no lb_ sandboxes before 18.06
        assertTrue(b.state().namespaces().stream().noneMatch(n -> n.kind() == DesiredState.Kind.LB_SANDBOX));
    }

    @Test
    void era113To1805AnswersPingsToAVipLocally() throws Exception {
        Built b = build("17.06", "vip", 1);
        DesiredState.Namespace client = b.state().ofTask("client.1").orElseThrow();
        assertTrue(iptablesLines(client, "nat").contains("-A OUTPUT -d 10.0.0.4/32 -p icmp -m icmp --icmp-type 8 -j DNAT --to-destination 127.0.0.1"),
                client.iptables());
    }

    @Test
    void era1806MarksInLbSandboxesMangleInputAndContainersHaveNoLbState() throws Exception {
        Built b = build("18.06", "vip", 1);
        Cluster.Network overlay = b.cluster().network("overlay1").orElseThrow();
        for (String node : List.of("node1", "node2")) {
            DesiredState.Namespace lb = b.state().namespace(node + ":lb_" + overlay.id().substring(0, 9)).orElseThrow();
            assertEquals(DesiredState.Kind.LB_SANDBOX, lb.kind());
            String lbIp = b.cluster().attachment(node, "overlay1").orElseThrow().toString();
            assertEquals(List.of(DesiredState.AddressSpec.of(lbIp + "/24", "eth0", true), DesiredState.AddressSpec.of("10.0.0.2/32", "eth0", true),
                    DesiredState.AddressSpec.of("10.0.0.5/32", "eth0", true)), lb.addresses());
            assertEquals(List.of("-A INPUT -d 10.0.0.2/32 -j MARK --set-xmark 0x100/0xffffffff",
                    "-A INPUT -d 10.0.0.5/32 -j MARK --set-xmark 0x101/0xffffffff"), iptablesLines(lb, "mangle"));
            assertEquals(List.of("-A POSTROUTING -d 10.0.0.0/24 -m ipvs --ipvs -j SNAT --to-source " + lbIp), iptablesLines(lb, "nat"));
            assertTrue(lb.routes().isEmpty(), "an lb_ sandbox has no gateway: " + lb.routes());
            assertTrue(lb.devices().stream().noneMatch(d -> d.name().equals("eth1")), "no docker_gwbridge leg: " + lb.devices());
            assertEquals(List.of(DesiredState.IpvsService.libnetwork(256, List.of(ip("10.0.0.4"))),
                    DesiredState.IpvsService.libnetwork(257, List.of(ip("10.0.0.7"), ip("10.0.0.8")))), lb.ipvs());
        }
        for (Cluster.Task t : b.cluster().tasks()) {
            DesiredState.Namespace ns = b.state().ofTask(t.name()).orElseThrow();
            assertTrue(iptablesLines(ns, "mangle").isEmpty(), t.name() + ": " + ns.iptables());
            assertTrue(ns.ipvs().isEmpty(), t.name());
            assertTrue(iptablesLines(ns, "nat").stream().noneMatch(l -> l.contains("--ipvs")), ns.iptables());
        }
    }

    @Test
    void publishedPortProgramsDockerIngressOnEveryHostAndMarksInTheIngressSandbox() throws Exception {
        Built b = build("1.12", "mesh", 1);
        for (String node : List.of("node1", "node2")) {
            DesiredState.Namespace h = b.state().ofNode(node).orElseThrow();
            List<String> nat = iptablesLines(h, "nat");
            assertTrue(h.iptables().contains(":DOCKER-INGRESS - [0:0]"), h.iptables());
            assertTrue(nat.contains("-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER-INGRESS"), nat.toString());
            assertTrue(nat.contains("-A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER-INGRESS"), nat.toString());
            assertTrue(nat.contains("-A POSTROUTING -o docker_gwbridge -m addrtype --src-type LOCAL -j MASQUERADE"), nat.toString());
            List<String> ingressChain = nat.stream().filter(l -> l.startsWith("-A DOCKER-INGRESS")).toList();
            assertEquals(List.of("-A DOCKER-INGRESS -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:8080",
                    "-A DOCKER-INGRESS -j RETURN"), ingressChain);
            List<String> filter = iptablesLines(h, "filter");
            assertEquals("-A FORWARD -j DOCKER-INGRESS", filter.stream().filter(l -> l.startsWith("-A FORWARD")).findFirst().orElseThrow());
            assertEquals(List.of("-A DOCKER-INGRESS -p tcp -m tcp --dport 8080 -j ACCEPT",
                    "-A DOCKER-INGRESS -p tcp -m state --state RELATED,ESTABLISHED -m tcp --sport 8080 -j ACCEPT",
                    "-A DOCKER-INGRESS -j RETURN"), filter.stream().filter(l -> l.startsWith("-A DOCKER-INGRESS")).toList());

            DesiredState.Namespace sb = b.state().namespace(node + ":ingress_sbox").orElseThrow();
            assertEquals(List.of("-A PREROUTING -p tcp -m tcp --dport 8080 -j MARK --set-xmark 0x101/0xffffffff",
                    "-A OUTPUT -d 10.255.0.4/32 -j MARK --set-xmark 0x101/0xffffffff"), iptablesLines(sb, "mangle"));
            String own = b.cluster().attachment(node, "ingress").orElseThrow().toString();
            assertEquals(List.of("-A POSTROUTING -d 10.255.0.0/16 -m ipvs --ipvs -j SNAT --to-source " + own), iptablesLines(sb, "nat"));
            assertEquals(List.of(DesiredState.IpvsService.libnetwork(257, List.of(ip("10.255.0.5"), ip("10.255.0.6")))), sb.ipvs());
        }
        // the tasks redirect the published port to the target port on their ingress address
        DesiredState.Namespace vote1 = b.state().ofTask("vote.1").orElseThrow();
        assertTrue(iptablesLines(vote1, "nat").contains("-A PREROUTING -d 10.255.0.5/32 -p tcp -m tcp --dport 8080 -j REDIRECT --to-ports 80"),
                vote1.iptables());
        // 1.12 has no ingress filter in the task
        assertTrue(iptablesLines(vote1, "filter").isEmpty(), vote1.iptables());
    }

    @Test
    void withoutPublishedPortsHostsHaveNoDockerIngress() throws Exception {
        Built b = build("1.12", "vip", 1);
        for (String node : List.of("node1", "node2")) {
            DesiredState.Namespace h = b.state().ofNode(node).orElseThrow();
            assertFalse(h.iptables().contains("DOCKER-INGRESS"), h.iptables());
            assertTrue(iptablesLines(b.state().namespace(node + ":ingress_sbox").orElseThrow(), "mangle").isEmpty());
        }
    }

    @Test
    void era1806IngressSandboxMarksTheVipInInputWithTheVipOnEth0() throws Exception {
        Built b = build("18.06", "mesh", 1);
        DesiredState.Namespace sb = b.state().namespace("node1:ingress_sbox").orElseThrow();
        assertTrue(has(sb, "10.255.0.4/32", "eth0"), sb.addresses().toString());
        assertEquals(List.of("-A PREROUTING -p tcp -m tcp --dport 8080 -j MARK --set-xmark 0x101/0xffffffff",
                "-A INPUT -d 10.255.0.4/32 -j MARK --set-xmark 0x101/0xffffffff"), iptablesLines(sb, "mangle"));
        // 1.13+: the task only accepts its published ports on the ingress address
        DesiredState.Namespace vote1 = b.state().ofTask("vote.1").orElseThrow();
        List<String> input = iptablesLines(vote1, "filter").stream().filter(l -> l.startsWith("-A INPUT")).toList();
        assertEquals(List.of("-A INPUT -d 10.255.0.5/32 -p tcp -m tcp --dport 80 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT",
                "-A INPUT -d 10.255.0.5/32 -p udp -j DROP",
                "-A INPUT -d 10.255.0.5/32 -p tcp -j DROP"), input);
    }

    @Test
    void sameSeedGivesEqualStateAndAnotherSeedOtherIdsAndPorts() throws Exception {
        Built a = build("1.12", "vip", 1);
        Built a2 = build("1.12", "vip", 1);
        Built other = build("1.12", "vip", 7);
        assertEquals(a.state(), a2.state());
        assertEquals(a.cluster().tasks(), a2.cluster().tasks());

        assertNotEquals(a.state().namespaces().stream().map(DesiredState.Namespace::name).toList(),
                other.state().namespaces().stream().map(DesiredState.Namespace::name).toList(), "sandbox IDs depend on the seed");
        assertNotEquals(a.state().ofTask("client.1").orElseThrow().dns(), other.state().ofTask("client.1").orElseThrow().dns(),
                "kernel-chosen DNS ports depend on the seed");
        assertNotEquals(a.state(), other.state());
        // the addresses and rules other than ports do not
        assertEquals(a.state().ofTask("client.1").orElseThrow().addresses(), other.state().ofTask("client.1").orElseThrow().addresses());
        assertEquals(iptablesLines(a.state().ofTask("client.1").orElseThrow(), "mangle"),
                iptablesLines(other.state().ofTask("client.1").orElseThrow(), "mangle"));
    }

    private static io.swarmsim.kernel.net.IpAddress ip(String s) {
        return io.swarmsim.kernel.net.IpAddress.parse(s);
    }

    @Test
    void dockersAddressesHaveABroadcastFrom1712AndTheNodesOwnNicAlways() throws Exception {
        for (String v : List.of("1.12", "18.06")) {
            Built b = build(v, "vip", 1);
            boolean expected = v.equals("18.06");
            for (DesiredState.Namespace ns : b.state().namespaces()) {
                for (DesiredState.AddressSpec a : ns.addresses()) {
                    boolean eligible = a.address().isV4() && a.prefixLength() <= 30;
                    boolean hostNic = ns.kind() == DesiredState.Kind.HOST && a.device().equals("eth0");
                    assertEquals(eligible && (expected || hostNic), a.broadcast(), v + " " + ns.name() + " " + a);
                }
            }
        }
    }
}
