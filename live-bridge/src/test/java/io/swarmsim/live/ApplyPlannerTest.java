package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.DesiredState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands an apply would run, checked without running any. */
class ApplyPlannerTest {
    private final DesiredState vip = Fixtures.session("vip").desired();
    private final NameMap names = NameMap.plan(vip, new RunPrefix("ss1a2b"));
    private final ApplyPlan plan = ApplyPlanner.plan(vip, names, IptablesBackend.NFT);

    private List<String> lines() {
        return plan.commands().stream().map(c -> String.join(" ", c.argv())).toList();
    }

    @Test
    void everyCommandRunsInsideANamespaceOfTheRunNeverInTheRootNamespace() {
        for (Cmd c : plan.commands()) {
            List<String> a = c.argv();
            String ns;
            if (a.get(0).equals("ip") && a.get(1).equals("netns")) {
                assertTrue(List.of("add", "exec").contains(a.get(2)), c.toString());
                ns = a.get(3);
            } else {
                assertTrue(List.of("ip", "bridge").contains(a.get(0)) && a.get(1).equals("-n"), c.toString());
                ns = a.get(2);
            }
            assertTrue(names.prefix().owns(ns), c + " runs in " + ns);
            int netns = a.indexOf("netns");
            if (netns > 0 && a.get(0).equals("ip") && a.get(1).equals("-n")) {
                assertTrue(names.prefix().owns(a.get(netns + 1)), "moves a device only into the run's namespaces: " + c);
            }
        }
    }

    @Test
    void phasesComeInDependencyOrder() {
        assertEquals(List.of("namespaces", "underlay", "devices", "vxlan", "ports", "addresses", "up", "routes", "overlay peers", "iptables"),
                plan.phases());
        assertEquals("ip netns add ss1a2b-node1", lines().get(0));
    }

    @Test
    void vxlanIsMadeInTheHostNamespaceThenMovedAndRenamedLikeDockerDoes() {
        List<String> l = lines();
        String add = "ip -n ss1a2b-node1 link add vx-000101-1a2b address f6:da:16:a4:93:b6 mtu 1450 type vxlan id 257 dstport 4789 "
                + "local 192.168.99.101 dev eth0 learning proxy l2miss l3miss";
        int i = l.indexOf(add);
        assertTrue(i > 0, String.join("\n", l));
        assertEquals("ip -n ss1a2b-node1 link set vx-000101-1a2b netns ss1a2b-node1_1-4desrphovc", l.get(i + 1));
        assertEquals("ip -n ss1a2b-node1_1-4desrphovc link set vx-000101-1a2b name vxlan1", l.get(i + 2));
        assertTrue(l.indexOf("ip -n ss1a2b-node1 link add eth0 address 02:42:c0:a8:63:65 mtu 1500 type veth peer name u0 netns ss1a2b-underlay_") < i,
                "the underlay NIC exists before the vxlan device that uses it");
    }

    @Test
    void vethPairsAreMadeOnceWithBothEndsNamedAndPlaced() {
        List<String> l = lines();
        String pair = "ip -n ss1a2b-node1_1-4desrphovc link add veth2 address 02:d8:c1:bc:a0:b5 mtu 1450 type veth peer name eth0 "
                + "address 02:42:0a:00:00:03 mtu 1450 netns ss1a2b-b9e706026b62";
        assertEquals(1, l.stream().filter(pair::equals).count(), String.join("\n", l));
        assertFalse(l.stream().anyMatch(x -> x.startsWith("ip -n ss1a2b-b9e706026b62 link add eth0")), "the other end is not made twice");
    }

    @Test
    void staticArpAndFdbPointAtTheRemoteVtepOnly() {
        List<String> l = lines();
        assertTrue(l.contains("ip -n ss1a2b-node1_1-4desrphovc neigh add 10.0.0.5 lladdr 02:42:0a:00:00:05 dev vxlan1 nud permanent"));
        assertTrue(l.contains("bridge -n ss1a2b-node1_1-4desrphovc fdb add 02:42:0a:00:00:05 dev vxlan1 dst 192.168.99.102 self permanent"));
        assertFalse(l.stream().anyMatch(x -> x.startsWith("ip -n ss1a2b-node1_1-4desrphovc neigh add 10.0.0.3 ")), "the local task is not programmed");
    }

    @Test
    void addressesRoutesAndSysctlsFollowTheModel() {
        List<String> l = lines();
        // vote.yaml models Docker 1.12, whose netlink library added addresses without a broadcast; the node's own NIC has one
        assertTrue(l.contains("ip -n ss1a2b-b9e706026b62 addr add 10.0.0.3/24 dev eth0"), l.toString());
        assertTrue(l.contains("ip -n ss1a2b-node1 addr add 192.168.99.101/24 brd + dev eth0"), l.toString());
        assertTrue(l.contains("ip -n ss1a2b-b9e706026b62 route add default via 172.18.0.1 dev eth1"));
        assertFalse(l.stream().anyMatch(x -> x.contains("fe80::42:aff:fe00:3")), "the EUI-64 link-local address is the kernel's to make");
        assertTrue(l.contains("ip netns exec ss1a2b-node1 sysctl -q -e -w net.ipv4.ip_forward=1"));
        assertTrue(l.contains("ip netns exec ss1a2b-b9e706026b62 sysctl -q -e -w net.ipv4.ip_forward=0"));
    }

    @Test
    void iptablesIsTheModelsTextWithOnlyTheIpvsMatchRewrittenAndTheSubstituteAdded() {
        DesiredState.Namespace client = vip.ofTask("client.1").orElseThrow();
        Cmd restore = plan.commands().stream().filter(c -> c.argv().equals(List.of("ip", "netns", "exec", "ss1a2b-b9e706026b62",
                "iptables-nft-restore"))).findFirst().orElseThrow();
        List<String> loaded = restore.stdin().lines().filter(x -> !x.contains(IpvsSubstitute.TAG) && !x.contains(IpvsSubstitute.CHAIN)).toList();
        List<String> model = client.iptables().lines().filter(x -> !x.contains("-m ipvs")).toList();
        assertEquals(model, loaded);
        assertTrue(restore.stdin().contains("-A POSTROUTING -d 10.0.0.0/24 -m conntrack --ctstate DNAT -m comment --comment swarmsim-ipvs "
                + "-j SNAT --to-source 10.0.0.3\n"));
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("b9e706026b62: IPVS substitute FWM 257 rr -> [10.0.0.6, 10.0.0.5]")),
                plan.notes().toString());
        assertTrue(plan.commands().stream().noneMatch(c -> c.argv().contains("iptables-legacy-restore")));
        assertTrue(ApplyPlanner.plan(vip, names, IptablesBackend.LEGACY).commands().stream()
                .anyMatch(c -> c.argv().contains("iptables-legacy-restore")));
    }

    @Test
    void withTheKernelsIpvsTheTextLoadsAsParsedAndIpvsadmMakesEachServiceAsLibnetworkDoes() {
        ApplyPlan kernel = ApplyPlanner.plan(vip, names, IptablesBackend.NFT, IpvsApply.KERNEL);
        DesiredState.Namespace client = vip.ofTask("client.1").orElseThrow();
        String real = names.netns(client.name());
        List<Cmd> restore = kernel.commands().stream().filter(c -> c.argv().contains("iptables-restore") || c.argv().contains("iptables-nft-restore"))
                .filter(c -> c.argv().contains(real)).toList();
        assertEquals(1, restore.size());
        assertEquals(client.iptables(), restore.get(0).stdin(), "the model's text, -m ipvs rules and all");
        List<String> ipvsadm = kernel.commands().stream().map(c -> String.join(" ", c.argv()))
                .filter(l -> l.startsWith("ip netns exec " + real + " ipvsadm")).toList();
        DesiredState.IpvsService first = client.ipvs().get(0);
        assertEquals("ip netns exec " + real + " ipvsadm -A -f " + first.fwmark() + " -s rr", ipvsadm.get(0));
        DesiredState.IpvsDestination d = first.destinations().get(0);
        assertEquals("ip netns exec " + real + " ipvsadm -a -f " + first.fwmark() + " -r " + d.address() + ":0 -m -w 1", ipvsadm.get(1));
        assertEquals(client.ipvs().stream().mapToInt(s -> 1 + s.destinations().size()).sum(), ipvsadm.size());
        assertTrue(kernel.notes().stream().noneMatch(n -> n.contains("substitute") || n.contains("only where the kernel has IP_VS")), kernel.notes().toString());
        assertTrue(lines().stream().noneMatch(l -> l.contains("ipvsadm")), "the substitute's plan runs no ipvsadm");
    }
}
