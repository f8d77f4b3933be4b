package io.swarmsim.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.kernel.conntrack.ConnEntry;
import io.swarmsim.kernel.netfilter.ListPrinter;
import io.swarmsim.kernel.netfilter.TableKind;
import io.swarmsim.kernel.netns.NetNamespace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's dnsrr cluster, built and driven without the CLI. */
class SimulationTest {
    static Simulation dnsrr(long seed) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        Experiment e = s.experiment("dnsrr").orElseThrow();
        return new Simulation(s, s.servicesFor(e), seed);
    }

    static CommandRun run(Simulation sim, String from, String cmd) {
        return sim.run(new CommandSpec(from, cmd, 1, null));
    }

    @Test
    void addressesIdsAndMacsAreDockers() throws Exception {
        Cluster c = dnsrr(1).cluster();
        assertEquals("10.0.0.2", c.task("client.1").orElseThrow().addresses().get("overlay1").toString());
        assertEquals("10.0.0.3", c.task("vote.1").orElseThrow().addresses().get("overlay1").toString());
        assertEquals("10.0.0.4", c.task("vote.2").orElseThrow().addresses().get("overlay1").toString());
        assertEquals("02:42:0a:00:00:04", c.task("vote.2").orElseThrow().mac("overlay1").toString());
        for (Cluster.Task t : c.tasks()) {
            assertTrue(t.id().matches("[0-9a-z]{25}"), t.id());
            assertTrue(t.shortContainerId().matches("[0-9a-f]{12}"), t.containerId());
        }
        assertEquals("node1", c.task("client.1").orElseThrow().node().name());
        assertEquals("node2", c.task("vote.1").orElseThrow().node().name());
        assertEquals(256, c.network("ingress").orElseThrow().vni());
    }

    @Test
    void theEmbeddedDnsRulesCountTheQueriesAsTheKernelWould() throws Exception {
        Simulation sim = dnsrr(1);
        NetNamespace client = sim.namespaceOf("client.1").orElseThrow();
        run(sim, "client.1", "curl vote");
        run(sim, "client.1", "dig vote");
        String nat = ListPrinter.list(client.ruleset().table(TableKind.NAT).orElseThrow(), client.counters(), true);
        // curl (getaddrinfo) sends A and AAAA from one socket: one connection (50-byte query); dig another (61 bytes:
        // its query carries an EDNS0 OPT record). The nat
        // table sees each connection's first packet only.
        assertTrue(nat.contains("Chain DOCKER_OUTPUT (1 references)"), nat);
        assertTrue(nat.contains("Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)"), nat);
        assertTrue(nat.matches("(?s).*\\n +2 +111 DNAT +17  +-- +\\* +\\* +0\\.0\\.0\\.0/0 +127\\.0\\.0\\.11 +udp dpt:53 to:127\\.0\\.0\\.11:\\d+.*"), nat);
        assertTrue(nat.matches("(?s).*\\n +0 +0 DNAT +6 .*"), nat);
        // the reply was un-NATed by conntrack, so the SNAT rule itself never matched
        assertTrue(nat.matches("(?s).*\\n +0 +0 SNAT +17 .*to::53.*"), nat);
        List<ConnEntry> conns = client.conntrack().entries(sim.fabric().loop().now());
        assertTrue(conns.stream().anyMatch(e -> e.dstNat() && e.original().dport() == 53 && e.reply().sport() != 53), conns.toString());
    }

    @Test
    void aConnectionRefusedMovesCurlToTheNextAddress() throws Exception {
        Simulation sim = dnsrr(1);
        // stop the web server of vote.1 (10.0.0.3): its port 80 now answers RST
        NetNamespace vote1 = sim.namespaceOf("vote.1").orElseThrow();
        vote1.sockets().find(io.swarmsim.kernel.packet.Protocol.TCP, null, 80).ifPresent(vote1.sockets()::unbind);
        CommandRun r = run(sim, "client.1", "curl vote");
        assertEquals("10.0.0.4", r.connected());
        assertEquals("vote.2", r.servedBy());
        assertTrue(r.reason().contains("Connection refused, trying the next address 10.0.0.4"), r.reason());
    }

    @Test
    void anUnknownNameIsServfailWithoutUpstream() throws Exception {
        Simulation sim = dnsrr(1);
        CommandRun r = run(sim, "client.1", "dig docker.com");
        assertTrue(r.output().contains("status: SERVFAIL"), r.output());
        CommandRun c = run(sim, "client.1", "curl docker.com");
        assertEquals("curl: (6) Could not resolve host: docker.com\n", c.output());
    }

    @Test
    void aJavaClientKeepsItsAnswerForThirtySeconds() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("../scenarios/vote.yaml")).replace("smakam/myubuntu:v4", "openjdk:17");
        Scenario s = ScenarioLoader.parse(text, Path.of("java.yaml"));
        Simulation sim = new Simulation(s, s.servicesFor(s.experiment("dnsrr").orElseThrow()), 1);
        CommandRun first = run(sim, "client.1", "curl vote");
        assertTrue(first.reason().contains("JVM InetAddress cache: stored at"), first.reason());
        for (int i = 0; i < 5; i++) {
            CommandRun again = run(sim, "client.1", "curl vote");
            assertTrue(again.reason().startsWith("JVM InetAddress cache hit: no DNS query"), again.reason());
            assertEquals(first.connected(), again.connected());
        }
        sim.fabric().loop().runUntil(sim.fabric().loop().now() + 31_000_000_000L);
        CommandRun later = run(sim, "client.1", "curl vote");
        assertTrue(later.reason().startsWith("DNS answered"), later.reason());
    }

    @Test
    void withoutAnIpv6AddressGlibcKeepsDnsOrderSoCurlAlternates() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("../scenarios/vote.yaml")).replace("x-sim:\n",
                "x-sim:\n  images:\n    smakam/myubuntu:v4:\n      ipv6_link_local: false\n");
        Scenario s = ScenarioLoader.parse(text, Path.of("noipv6.yaml"));
        Simulation sim = new Simulation(s, s.servicesFor(s.experiment("dnsrr").orElseThrow()), 1);
        assertTrue(!sim.namespaceOf("client.1").orElseThrow().hasNonLoopbackIpv6());
        java.util.Set<String> served = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            CommandRun r = run(sim, "client.1", "curl vote");
            assertEquals(r.resolved().get(0), r.connected());
            assertTrue(r.reason().contains("glibc rule 9 inert"), r.reason());
            served.add(r.servedBy());
        }
        assertEquals(java.util.Set.of("vote.1", "vote.2"), served);
    }
}
