package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.live.capture.FlowComparison;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 point 7, as root: the seed's three experiments in scenarios/vote.yaml run on real
 * namespaces with the real dig, curl and ping against the real embedded DNS and vote servers, and
 * agree with the model: answer sets and their shuffled order, the address real glibc curl picks,
 * the task that served each request (so the per-task distribution both ways), the views. The one
 * difference is the first {@code ping -c1 vote} of dnsrr, and it is explained: the scenario's image
 * (Ubuntu 16.04, iputils s20121221) pings the first address of the DNS answer (gethostbyname), the
 * machine's iputils sorts with getaddrinfo, so on the answer [10.0.0.4, 10.0.0.3] they part.
 * The flows captured with pcap4j agree with the model's at every point, or differ in explained ways
 * only; the point-7 extras (VXLAN outer header, unanswered ping, iptables-save -c) are named.
 */
class SeedExperimentsLiveTest {
    private MachineState before;

    @BeforeEach
    void machine() {
        LiveAssumptions.assumeLive(IptablesBackend.NFT);
        before = MachineState.capture();
    }

    @Test
    void dnsrrAgreesButForTheLegacyPingOfTheImage() {
        LiveReport r = LiveRun.run(Fixtures.session("dnsrr"), "vote.yaml", LiveOptions.defaults());
        assertTrue(r.views().agrees(), r.text());
        List<CommandComparison.Pair> differ = r.commands().pairs().stream().filter(p -> !p.agrees()).toList();
        assertEquals(1, differ.size(), r.text());
        CommandComparison.Pair p = differ.get(0);
        assertEquals("ping -c1 vote", p.command());
        assertEquals(1, p.run());
        assertEquals(List.of("PING vote (10.0.0.4)", "1 packets transmitted, 1 received"), p.modelKey());
        assertEquals(List.of("PING vote (10.0.0.3)", "1 packets transmitted, 1 received"), p.realKey());
        assertTrue(p.modelReason().contains("DNS answered [10.0.0.4, 10.0.0.3]; gethostbyname"), p.modelReason());
        assertEquals(List.of("status NOERROR", "vote. 600 IN A 10.0.0.3", "vote. 600 IN A 10.0.0.4"), r.commands().pairs().get(0).realKey());
        assertEquals(Map.of("vote.1", "4|4", "vote.2", "0|0"), perTask(r, "curl vote | grep -i \"container id\""));
        assertTrue(!r.agrees(), "so the run exits 3");
        before.assertSameAs(MachineState.capture());
    }

    @Test
    void vipAgreesCommandForCommand() {
        LiveReport r = LiveRun.run(Fixtures.session("vip"), "vote.yaml", LiveOptions.defaults());
        assertTrue(r.agrees(), r.text());
        assertEquals(5, r.commands().pairs().size());
        assertEquals(List.of("status NOERROR", "vote. 600 IN A 10.0.0.4"), r.commands().pairs().get(0).realKey());
        assertEquals(Map.of("vote.1", "2|2", "vote.2", "2|2"), perTask(r, "curl vote | grep -i \"container id\""));
        assertEquals(List.of("vote.2", "vote.1", "vote.2", "vote.1"),
                r.commands().pairs().subList(1, 5).stream().map(CommandComparison.Pair::realTask).toList(), "the IPVS substitute's rr order");
        flowsAgreeOrAreExplained(r);
        FlowComparison.PointFlows client = point(r, "client.1-eth0");
        assertTrue(client.agrees() && client.real().contains("tcp SYN 10.0.0.3:* > 10.0.0.6:80"), client.toString());
        List<String> conns = r.outcome().flows().connections().real();
        assertEquals(r.outcome().flows().connections().model(), conns);
        assertTrue(conns.contains("connection 1 at client.1-eth0: 10.0.0.3:p1 > 10.0.0.6:80"), "IPVS in the client's namespace: " + conns);
        FlowComparison.PointFlows lo = point(r, "client.1-lo");
        assertTrue(lo.real().contains("dns answer vote. A NOERROR [10.0.0.4 ttl 600] 127.0.0.11 > 127.0.0.1"), lo.toString());
        FlowComparison.PointFlows node1 = point(r, "node1-eth0");
        assertTrue(node1.agrees(), node1.toString());
        assertTrue(node1.realOuter().startsWith("DF clear, IP ID varies") && node1.modelOuter().startsWith("DF clear, IP ID varies"),
                node1.toString());
        List<String> extras = r.outcome().extras().stream().map(e -> e.what() + ": " + e.explanation()).toList();
        assertEquals(2, extras.size(), extras.toString());
        KernelExtras.Extra ping = r.outcome().extras().get(0);
        assertTrue(ping.kernel().contains("Destination Host Unreachable") && ping.kernel().contains("+1 errors"), ping.kernel());
        assertEquals(List.of(), ping.diff(), "the model reports the failed neighbour as the kernel does (issue 11): " + ping.model());
        assertTrue(extras.get(1).startsWith("iptables-save -c in client.1 (nft") && extras.get(1).contains("banners"), extras.toString());
        before.assertSameAs(MachineState.capture());
    }

    @Test
    void theRoutingMeshAgreesFromBothNodes() {
        LiveReport r = LiveRun.run(Fixtures.session("mesh"), "vote.yaml", LiveOptions.defaults());
        assertTrue(r.agrees(), r.text());
        assertEquals(4, r.commands().pairs().size());
        assertEquals(2, r.commands().distributions().size());
        r.commands().distributions().forEach(d -> assertEquals(Map.of("vote.1", "1|1", "vote.2", "1|1"), counts(d), r.text()));
        flowsAgreeOrAreExplained(r);
        // the kernel's DNAT to a task and SNAT to the ingress sandbox, joined into one connection per curl, as the model has them
        List<String> conns = r.outcome().flows().connections().real();
        assertEquals(r.outcome().flows().connections().model(), conns);
        assertTrue(conns.stream().anyMatch(l -> l.matches("connection 1 at node1-eth0: 192\\.168\\.99\\.101:p1 > 192\\.168\\.99\\.10[12]:8080")), conns.toString());
        assertTrue(conns.stream().anyMatch(l -> l.matches("connection 1 at vote\\.[12]-eth0: 10\\.255\\.0\\.\\d+:p1 > 10\\.255\\.0\\.\\d+:8080")), conns.toString());
        assertEquals(4, conns.stream().filter(l -> l.contains(" answered by container ID ")).count(), conns.toString());
        before.assertSameAs(MachineState.capture());
    }

    /**
     * The seed's sorting lesson without an application in the way: {@code getent ahosts vote} in the
     * dnsrr experiment (added here, so vote.yaml stays the seed's) prints what this machine's glibc
     * getaddrinfo prints, rule 9 first, every run.
     */
    @Test
    void getentAhostsPrintsWhatRealGlibcPrints(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String vote = java.nio.file.Files.readString(Fixtures.VOTE);
        String first = "        - from: client.1\n          run: dig vote\n";
        assertTrue(vote.contains(first));
        java.nio.file.Path f = dir.resolve("vote-getent.yaml");
        java.nio.file.Files.writeString(f, vote.replaceFirst(java.util.regex.Pattern.quote(first),
                "        - from: client.1\n          run: getent ahosts vote\n          times: 3\n" + first));
        io.swarmsim.engine.scenario.Scenario sc = io.swarmsim.engine.scenario.ScenarioLoader.load(f);
        LiveReport r = LiveRun.run(io.swarmsim.engine.session.Session.open(sc, java.util.Optional.of("dnsrr"), sc.sim().seed()),
                "vote-getent.yaml", LiveOptions.defaults());
        List<CommandComparison.Pair> getent = r.commands().pairs().stream().filter(p -> p.command().equals("getent ahosts vote")).toList();
        assertEquals(3, getent.size(), r.text());
        for (CommandComparison.Pair p : getent) {
            assertTrue(p.agrees(), r.text());
            assertEquals("10.0.0.3 STREAM vote", p.realKey().get(0).replaceAll("\\s+", " "), r.text());
        }
        before.assertSameAs(MachineState.capture());
    }

    /** Flows: every capture point agrees, or differs only in explained ways, and every point saw something on one side at least once. */
    private static void flowsAgreeOrAreExplained(LiveReport r) {
        assertTrue(r.outcome().flows().agrees(), String.join("\n", FlowComparison.lines(r.outcome().flows(), true)));
        assertTrue(r.outcome().flows().frames() > 0);
    }

    private static FlowComparison.PointFlows point(LiveReport r, String name) {
        return r.outcome().flows().points().stream().filter(p -> p.point().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, String> perTask(LiveReport r, String command) {
        return counts(r.commands().distributions().stream().filter(d -> d.command().equals(command)).findFirst().orElseThrow());
    }

    private static Map<String, String> counts(CommandComparison.Distribution d) {
        return d.perTask().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[0] + "|" + e.getValue()[1]));
    }
}
