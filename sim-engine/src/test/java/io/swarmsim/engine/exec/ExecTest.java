package io.swarmsim.engine.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.control.Planner;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code sim exec}: where a command runs and what it prints there. */
class ExecTest {
    static Simulation sim(String version, String experiment) throws Exception {
        String text = Files.readString(Path.of("../scenarios/vote.yaml")).replace("docker_version: \"1.12\"", "docker_version: \"" + version + "\"");
        Scenario s = ScenarioLoader.parse(text, Path.of("vote.yaml"));
        return new Simulation(s, s.servicesFor(s.experiment(experiment).orElseThrow()), 1);
    }

    private static ExecResult exec(Simulation sim, String where, String... argv) {
        return ExecCommand.run(sim, ExecTarget.resolve(sim, where), List.of(argv));
    }

    private static String unresolvable(Simulation sim, String where) {
        return assertThrows(IllegalArgumentException.class, () -> ExecTarget.resolve(sim, where), where).getMessage();
    }

    @Test
    void tasksContainerIdsAndNodesResolve() throws Exception {
        Simulation sim = sim("1.12", "vip");
        Cluster.Task vote2 = sim.cluster().task("vote.2").orElseThrow();
        ExecTarget byTask = ExecTarget.resolve(sim, "vote.2");
        assertEquals(DesiredState.Kind.CONTAINER, byTask.spec().kind());
        assertEquals("vote.2", byTask.spec().owner());
        assertEquals("vote.2", byTask.label());
        assertTrue(byTask.netns() == sim.namespaceOf("vote.2").orElseThrow());

        for (String prefix : List.of(vote2.shortContainerId(), vote2.containerId(), vote2.containerId().substring(0, 6))) {
            ExecTarget byId = ExecTarget.resolve(sim, prefix);
            assertEquals("vote.2", byId.spec().owner(), prefix);
            assertEquals(prefix, byId.label());
        }

        ExecTarget node = ExecTarget.resolve(sim, "node1");
        assertEquals(DesiredState.Kind.HOST, node.spec().kind());
        assertEquals("node1", node.netns().name());
    }

    @Test
    void sandboxesResolveByNodeColonNameOrNameAtNode() throws Exception {
        Simulation sim = sim("1.12", "vip");
        ExecTarget a = ExecTarget.resolve(sim, "node1:ingress_sbox");
        ExecTarget b = ExecTarget.resolve(sim, "ingress_sbox@node2");
        assertEquals("node1:ingress_sbox", a.spec().name());
        assertEquals(DesiredState.Kind.INGRESS_SANDBOX, a.spec().kind());
        assertEquals("node2:ingress_sbox", b.spec().name());
        assertEquals("node2", b.spec().node());

        Cluster.Network overlay = sim.cluster().network("overlay1").orElseThrow();
        String full = "node2:" + Planner.overlayName(overlay);
        assertEquals(full, ExecTarget.resolve(sim, full).spec().name());
        assertEquals(full, ExecTarget.resolve(sim, "node2:1-" + overlay.id().substring(0, 4)).spec().name(), "a prefix is enough");
    }

    @Test
    void aBareSandboxNameOnSeveralNodesListsThem() throws Exception {
        Simulation sim = sim("1.12", "vip");
        assertEquals("'ingress_sbox' exists on several nodes; say which: node1:ingress_sbox, node2:ingress_sbox",
                unresolvable(sim, "ingress_sbox"));
    }

    @Test
    void lbSandboxesResolveFrom1806() throws Exception {
        Simulation sim = sim("18.06", "vip");
        Cluster.Network overlay = sim.cluster().network("overlay1").orElseThrow();
        ExecTarget lb = ExecTarget.resolve(sim, "node1:lb_");
        assertEquals("node1:lb_" + overlay.id().substring(0, 9), lb.spec().name());
        assertEquals(DesiredState.Kind.LB_SANDBOX, lb.spec().kind());
        String ipvs = ExecCommand.run(sim, lb, List.of("ipvsadm", "-Ln")).out();
        assertTrue(ipvs.contains("FWM  257 rr"), ipvs);
        assertTrue(ipvs.contains("-> 10.0.0.7:0"), ipvs);
    }

    @Test
    void anUnknownNameListsWhatExists() throws Exception {
        Simulation sim = sim("1.12", "vip");
        String msg = unresolvable(sim, "nosuch");
        assertTrue(msg.startsWith("no task, container, node or sandbox called 'nosuch'; there are: "), msg);
        for (Cluster.Task t : sim.cluster().tasks()) {
            assertTrue(msg.contains(t.name() + " (container " + t.shortContainerId() + ")"), msg);
        }
        assertTrue(msg.contains(", node1, node2, "), msg);
        assertTrue(msg.contains("node1:ingress_sbox") && msg.contains("node2:ingress_sbox"), msg);
        assertTrue(msg.contains("node1:" + Planner.overlayName(sim.cluster().network("overlay1").orElseThrow())), msg);
    }

    @Test
    void ipvsadmListsTheFirewallMarkServicesOfTheContainer() throws Exception {
        Simulation sim = sim("1.12", "vip");
        ExecResult r = exec(sim, "client.1", "ipvsadm");
        assertEquals(0, r.status());
        // ipvsadm pads InActConn to 10 columns (%-10u), so destination lines end in blanks
        assertEquals("IP Virtual Server version 1.2.1 (size=4096)\n"
                + "Prot LocalAddress:Port Scheduler Flags\n"
                + "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n"
                + "FWM  256 rr\n"
                + "  -> 10.0.0.3:0                   Masq    1      0          0         \n"
                + "FWM  257 rr\n"
                + "  -> 10.0.0.5:0                   Masq    1      0          0         \n"
                + "  -> 10.0.0.6:0                   Masq    1      0          0         \n", r.out());
        // after four requests through the VIP each task holds two finished connections
        for (int i = 0; i < 4; i++) {
            sim.run(new CommandSpec("client.1", "curl vote", 1, null));
        }
        String after = exec(sim, "client.1", "ipvsadm", "-Ln").out();
        assertTrue(after.contains("  -> 10.0.0.5:0                   Masq    1      0          2         \n"), after);
        assertTrue(after.contains("  -> 10.0.0.6:0                   Masq    1      0          2         \n"), after);
        ExecResult bad = exec(sim, "client.1", "ipvsadm", "-A");
        assertEquals(2, bad.status());
        assertEquals("ipvsadm: option -A is not simulated; use ipvsadm [-Ln] [--stats] or -Lnc\n", bad.err());
    }

    @Test
    void dnsrrContainersHaveNoIpvsServices() throws Exception {
        Simulation sim = sim("1.12", "dnsrr");
        String out = exec(sim, "client.1", "ipvsadm").out();
        assertTrue(!out.contains("FWM"), out);
    }

    @Test
    void iptablesListRulesPrintsTheNatTableAsIptablesDoes() throws Exception {
        Simulation sim = sim("1.12", "vip");
        DesiredState.EmbeddedDns dns = sim.desired().ofTask("client.1").orElseThrow().dns().orElseThrow();
        ExecResult r = exec(sim, "client.1", "iptables", "-S", "-t", "nat");
        assertEquals(0, r.status());
        assertEquals("-P PREROUTING ACCEPT\n"
                + "-P INPUT ACCEPT\n"
                + "-P OUTPUT ACCEPT\n"
                + "-P POSTROUTING ACCEPT\n"
                + "-N DOCKER_OUTPUT\n"
                + "-N DOCKER_POSTROUTING\n"
                + "-A OUTPUT -d 127.0.0.11/32 -j DOCKER_OUTPUT\n"
                + "-A POSTROUTING -d 127.0.0.11/32 -j DOCKER_POSTROUTING\n"
                + "-A POSTROUTING -d 10.0.0.0/24 -m ipvs --ipvs -j SNAT --to-source 10.0.0.3\n"
                + "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p tcp -m tcp --dport 53 -j DNAT --to-destination 127.0.0.11:" + dns.tcpPort() + "\n"
                + "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:" + dns.udpPort() + "\n"
                + "-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p tcp -m tcp --sport " + dns.tcpPort() + " -j SNAT --to-source :53\n"
                + "-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p udp -m udp --sport " + dns.udpPort() + " -j SNAT --to-source :53\n",
                r.out());
        String mangle = exec(sim, "client.1", "iptables", "-S", "-t", "mangle").out();
        assertTrue(mangle.contains("-A OUTPUT -d 10.0.0.4/32 -j MARK --set-xmark 0x101/0xffffffff\n"), mangle);
        ExecResult missing = exec(sim, "client.1", "iptables", "-S", "-t");
        assertEquals(2, missing.status());
        // recorded from iptables-legacy 1.8.9 in a namespace
        assertEquals("iptables v1.8.9 (legacy): option \"-t\" requires an argument\n"
                + "Try `iptables -h' or 'iptables --help' for more information.\n", missing.err());
    }

    @Test
    void hostNatTableShowsTheRoutingMeshDnat() throws Exception {
        Simulation sim = sim("1.12", "mesh");
        String nat = exec(sim, "node2", "iptables", "-S", "-t", "nat").out();
        assertTrue(nat.contains("-N DOCKER-INGRESS\n"), nat);
        assertTrue(nat.contains("-A DOCKER-INGRESS -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:8080\n"), nat);
        String sbox = exec(sim, "ingress_sbox@node1", "iptables", "-S", "-t", "mangle").out();
        assertTrue(sbox.contains("-A PREROUTING -p tcp -m tcp --dport 8080 -j MARK --set-xmark 0x101/0xffffffff\n"), sbox);
    }

    @Test
    void ipMinus6AddrListsTheIpv6AddressesWithIproutesShortHeader() throws Exception {
        // the layout iproute2 6.1 prints, recorded in a namespace: listing all devices, no qdisc, group
        // or peer in the header; for one device the full header as ip -4 addr prints it
        Simulation sim = sim("1.12", "vip");
        assertEquals("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 state UNKNOWN qlen 1000\n    inet6 ::1/128 scope host \n"
                + "       valid_lft forever preferred_lft forever\n2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 state UP qlen 1000\n"
                + "    inet6 fe80::42:aff:fe00:3/64 scope link \n       valid_lft forever preferred_lft forever\n"
                + "3: eth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000\n    inet6 fe80::42:acff:fe12:3/64 scope link \n"
                + "       valid_lft forever preferred_lft forever\n", exec(sim, "client.1", "ip", "-6", "addr").out());
        assertEquals("2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default qlen 1000 link-netnsid 0\n"
                + "    inet6 fe80::42:aff:fe00:3/64 scope link \n       valid_lft forever preferred_lft forever\n",
                exec(sim, "client.1", "ip", "-6", "addr", "show", "dev", "eth0").out());
        assertEquals("", exec(sim("18.06", "vip"), "client.1", "ip", "-6", "addr").out(), "18.06: IPv6 off in the container");
    }

    @Test
    void ipMinus6RouteListsWhatAddrconfMadeAndNeighIsEmpty() throws Exception {
        // the layouts recorded in a namespace (kernel 6.18, iproute2 6.1): one fe80::/64 per device with
        // carrier, local routes by address, then ff00::/8 per device; docker0 (no port, no carrier) has none
        Simulation sim = sim("1.12", "vip");
        assertEquals("fe80::/64 dev eth0 proto kernel metric 256 pref medium\nfe80::/64 dev eth1 proto kernel metric 256 pref medium\n",
                exec(sim, "client.1", "ip", "-6", "route").out());
        assertEquals("local ::1 dev lo proto kernel metric 0 pref medium\n"
                + "local fe80::42:aff:fe00:3 dev eth0 proto kernel metric 0 pref medium\n"
                + "local fe80::42:acff:fe12:3 dev eth1 proto kernel metric 0 pref medium\n"
                + "multicast ff00::/8 dev eth0 proto kernel metric 256 pref medium\n"
                + "multicast ff00::/8 dev eth1 proto kernel metric 256 pref medium\n",
                exec(sim, "client.1", "ip", "-6", "route", "show", "table", "local").out());
        assertEquals("", exec(sim, "client.1", "ip", "-6", "neigh").out());
        assertEquals("", exec(sim("18.06", "vip"), "client.1", "ip", "-6", "route").out(), "18.06: IPv6 off in the container");
        String host = exec(sim, "node1", "ip", "-6", "route").out();
        assertTrue(host.startsWith("fe80::/64 dev eth0 proto kernel metric 256 pref medium\nfe80::/64 dev docker_gwbridge "), host);
        assertFalse(host.contains("docker0"), host);
    }

    @Test
    void resolvConfPointsContainersAtTheEmbeddedDns() throws Exception {
        Simulation sim = sim("1.12", "vip");
        ExecResult r = exec(sim, "client.1", "cat", "/etc/resolv.conf");
        assertEquals(0, r.status());
        assertEquals("nameserver 127.0.0.11\noptions ndots:0\n", r.out());
        String host = exec(sim, "node1", "cat", "/etc/resolv.conf").out();
        assertTrue(!host.contains("127.0.0.11"), "a node does not use the embedded DNS: " + host);
        // the file libnetwork writes (etchosts.Build, then the container's own line): Docker's lines, no extra_hosts here
        assertEquals("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n"
                + "ff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n10.0.0.3\t"
                + sim.cluster().task("client.1").orElseThrow().shortContainerId() + "\n", exec(sim, "client.1", "cat", "/etc/hosts").out());
        ExecResult other = exec(sim, "client.1", "cat", "/etc/passwd");
        assertEquals(1, other.status());
        assertEquals("cat: only /etc/resolv.conf and /etc/hosts are simulated here\n", other.err());
    }

    @Test
    void unknownAndMissingCommandsAreExplained() throws Exception {
        Simulation sim = sim("1.12", "vip");
        ExecResult r = exec(sim, "client.1", "tcpdump", "-i", "eth0");
        assertEquals(127, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("sim exec: 'tcpdump' is not simulated; supported: iptables -L [-n] [-v [-x]] [--line-numbers] [CHAIN] [-t T], "), r.err());
        assertTrue(r.err().contains("ipvsadm [-Ln] [--stats]") && r.err().contains("cat /etc/resolv.conf"), r.err());
        assertTrue(r.err().endsWith("\n"));
        ExecResult none = exec(sim, "client.1");
        assertEquals(2, none.status());
        assertTrue(none.err().startsWith("sim exec: no command given after --; supported: "), none.err());
    }

    @Test
    void userCommandsRunInTheTargetNamespace() throws Exception {
        Simulation sim = sim("1.12", "vip");
        ExecResult dig = exec(sim, "client.1", "dig", "+short", "vote");
        assertEquals(new ExecResult("10.0.0.4\n", "", 0), dig);
        ExecResult curl = exec(sim, "client.1", "curl", "nosuch");
        assertEquals(1, curl.status());
        assertEquals("curl: (6) Could not resolve host: nosuch\n", curl.out());
        ExecResult bad = exec(sim, "client.1", "ping", "vote");
        assertEquals(2, bad.status());
        assertEquals("ping without -c never ends; use ping -c N HOST\n", bad.err());
    }
}
