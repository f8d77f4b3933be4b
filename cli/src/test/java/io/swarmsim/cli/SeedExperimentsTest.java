package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.SCENARIOS;
import static io.swarmsim.cli.E2e.VOTE;
import static io.swarmsim.cli.E2e.commands;
import static io.swarmsim.cli.E2e.exec;
import static io.swarmsim.cli.E2e.runJson;
import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The seed blog post's three experiments (VIP, routing mesh, dnsrr with a published port), end to end. */
class SeedExperimentsTest {
    static final String VIP20 = SCENARIOS + "seed-vip20.yaml";
    static final String MESH16 = SCENARIOS + "seed-mesh16.yaml";

    @Test
    void vipDigAnswersOnlyTheVip() throws Exception {
        JsonNode e = runJson(VIP20, "vip");
        List<JsonNode> digs = commands(e, "dig");
        assertEquals(3, digs.size());
        for (JsonNode d : digs) {
            String out = d.get("output").asText();
            // seed: ";; ANSWER SECTION:\nvote.\t\t\t600\tIN\tA\t10.0.0.4"
            assertTrue(out.contains(";; ANSWER SECTION:\nvote.\t\t\t600\tIN\tA\t10.0.0.4\n\n"), out);
            assertTrue(out.contains("ANSWER: 1,"), out);
            assertEquals("[\"10.0.0.4\"]", d.get("resolved").toString());
        }
    }

    @Test
    void vipAddressesAreTheSeeds() {
        // seed: client VIP 10.0.0.2, vote VIP 10.0.0.4, the client's task in 10.0.0.3's place, vote tasks 10.0.0.5/10.0.0.6
        E2e.Result r = sim("run", VIP20, "--experiment", "vip");
        assertEquals(0, r.code(), r.all());
        String out = r.out();
        assertTrue(out.contains("VIP 10.0.0.2 on overlay1"), out);
        assertTrue(out.contains("VIP 10.0.0.4 on overlay1"), out);
        assertTrue(Pattern.compile("(?m)^    client\\.1  node1  container [0-9a-f]{12}  overlay1 10\\.0\\.0\\.3$").matcher(out).find(), out);
        Set<String> voteIps = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^    vote\\.[12]    node2  container ([0-9a-f]{12})  overlay1 (10\\.0\\.0\\.\\d+)$").matcher(out);
        while (m.find()) {
            voteIps.add(m.group(2));
            // and docker inspect on node2 agrees (seed: docker inspect 495f97274126 | grep IPv4)
            String inspect = exec(VIP20, "vip", "node2", "docker", "inspect", m.group(1));
            assertTrue(inspect.contains("\"IPv4Address\": \"" + m.group(2) + "\""), inspect);
        }
        assertEquals(Set.of("10.0.0.5", "10.0.0.6"), voteIps);
        assertTrue(out.contains("  tasks.vote     -> 10.0.0.5 10.0.0.6\n"), out);
    }

    @Test
    void vipCurlAlternatesStrictlyBetweenTheTwoTasksOverTwentyRuns() throws Exception {
        JsonNode e = runJson(VIP20, "vip");
        List<JsonNode> curls = commands(e, "curl");
        assertEquals(20, curls.size());
        String previous = null;
        Map<String, String> idOf = new HashMap<>();
        for (JsonNode c : curls) {
            String served = c.get("served_by").asText();
            assertTrue(served.equals("vote.1") || served.equals("vote.2"), c.toString());
            assertNotEquals(previous, served, "round robin must alternate: " + c);
            previous = served;
            assertEquals("10.0.0.4", c.get("connected").asText(), "curl connects to the VIP: " + c);
            assertTrue(c.get("reason").asText().contains("rr: "), c.toString());
            Matcher id = Pattern.compile("Processed by container ID ([0-9a-f]{12})").matcher(c.get("output").asText());
            assertTrue(id.find(), c.toString());
            String before = idOf.putIfAbsent(served, id.group(1));
            assertEquals(before == null ? id.group(1) : before, id.group(1), "a task always shows the same container ID");
        }
        assertNotEquals(idOf.get("vote.1"), idOf.get("vote.2"));
        assertEquals(10, e.get("distribution").get("vote.1").asInt());
        assertEquals(10, e.get("distribution").get("vote.2").asInt());
    }

    @Test
    void meshEveryHostAndEveryNodeAddressReachesBothTasksInTurn() throws Exception {
        JsonNode e = runJson(MESH16, "mesh");
        List<JsonNode> curls = commands(e, "curl");
        assertEquals(16, curls.size());
        Map<String, List<String>> servedPerCombination = new HashMap<>();
        for (JsonNode c : curls) {
            String key = c.get("from").asText() + " -> " + c.get("command").asText().split(" ")[1];
            servedPerCombination.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(c.get("served_by").asText());
            String reason = c.get("reason").asText();
            // the backend sees an ingress sandbox address, not the client's
            assertTrue(Pattern.compile("saw the connection come from 10\\.255\\.0\\.\\d+ \\(node[12]'s ingress sandbox\\)").matcher(reason).find(), reason);
            assertTrue(c.get("output").asText().contains("Processed by container ID "), c.toString());
        }
        assertEquals(Set.of("node1 -> 192.168.99.101:8080", "node1 -> 192.168.99.102:8080",
                "node2 -> 192.168.99.101:8080", "node2 -> 192.168.99.102:8080"), servedPerCombination.keySet());
        servedPerCombination.forEach((k, served) -> {
            assertEquals(4, served.size(), k);
            for (int i = 1; i < served.size(); i++) {
                assertNotEquals(served.get(i - 1), served.get(i), k + " alternates: " + served);
            }
            assertEquals(Set.of("vote.1", "vote.2"), new HashSet<>(served), k);
        });
        assertEquals(8, e.get("distribution").get("vote.1").asInt());
        assertEquals(8, e.get("distribution").get("vote.2").asInt());
    }

    @Test
    void meshTheNodeAddressDecidesWhichIngressSandboxBalances() throws Exception {
        JsonNode e = runJson(MESH16, "mesh");
        for (JsonNode c : commands(e, "curl")) {
            String target = c.get("command").asText().split(" ")[1];
            String node = target.startsWith("192.168.99.101") ? "node1" : "node2";
            String reason = c.get("reason").asText();
            assertTrue(reason.contains("IPVS in " + node + ":ingress_sbox"), reason);
            assertTrue(reason.contains("(" + node + "'s ingress sandbox)"), reason);
        }
    }

    @Test
    void meshTextReportSaysTheClientAddressIsLost() {
        E2e.Result r = sim("run", VOTE, "--experiment", "mesh");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("not from the client: the client's address is lost"), r.out());
        assertTrue(r.out().contains("node1 # curl 192.168.99.102:8080 | grep -i \"container id\"\n          Processed by container ID "), r.out());
    }

    @Test
    void dnsrrWithAPublishedPortIsRefusedIn112() throws Exception {
        JsonNode e = runJson(VOTE, "dnsrr-mesh");
        assertEquals(1, e.get("rejections").size(), e.toString());
        assertTrue(e.get("rejections").get(0).asText().contains("EndpointSpec: ports can't be used with dnsrr mode"), e.toString());
        E2e.Result text = sim("run", VOTE, "--experiment", "dnsrr-mesh");
        assertTrue(text.out().contains("REFUSED: EndpointSpec: ports can't be used with dnsrr mode"), text.out());
        // 1.12 has no publish mode: a long-syntax "mode: host" port is refused all the same
        JsonNode host112 = runJson(SCENARIOS + "dnsrr-host-112.yaml", "dnsrr-mesh");
        assertTrue(host112.get("rejections").get(0).asText().contains("EndpointSpec: ports can't be used with dnsrr mode"), host112.toString());
    }

    @Test
    void dnsrrWithAnIngressPortIsRefusedIn113WithItsWording() throws Exception {
        JsonNode e = runJson(SCENARIOS + "dnsrr-mesh-113.yaml", "dnsrr-mesh");
        assertEquals(1, e.get("rejections").size(), e.toString());
        assertTrue(e.get("rejections").get(0).asText().contains("EndpointSpec: port published with ingress mode can't be used with dnsrr mode"), e.toString());
    }

    @Test
    void dnsrrWithAHostModePortIsAcceptedIn113() throws Exception {
        JsonNode e = runJson(SCENARIOS + "dnsrr-host-113.yaml", "dnsrr-mesh");
        assertEquals(0, e.get("rejections").size(), e.toString());
        List<JsonNode> curls = commands(e, "curl");
        assertEquals(2, curls.size());
        for (JsonNode c : curls) {
            assertTrue(c.get("output").asText().contains("Processed by container ID "), c.toString());
        }
        E2e.Result r = sim("run", SCENARIOS + "dnsrr-host-113.yaml");
        assertTrue(!r.out().contains("REFUSED"), r.out());
        assertTrue(r.out().contains("(seed 1, Docker 1.13 model)"), r.out());
    }

    @Test
    void docker1806StillAlternatesButBalancesInTheNetworksLbSandbox() throws Exception {
        String scenario = SCENARIOS + "vip-1806.yaml";
        JsonNode e = runJson(scenario, "vip");
        String previous = null;
        for (JsonNode c : commands(e, "curl")) {
            assertNotEquals(previous, c.get("served_by").asText(), c.toString());
            previous = c.get("served_by").asText();
        }
        assertEquals(10, e.get("distribution").get("vote.1").asInt());

        // no IPVS service in the container any more
        String inContainer = exec(scenario, "vip", "client.1", "ipvsadm");
        assertEquals("IP Virtual Server version 1.2.1 (size=4096)\nProt LocalAddress:Port Scheduler Flags\n"
                + "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n", inContainer);

        // find the lb_ sandbox through the list of namespaces a bad target prints
        E2e.Result bad = sim("exec", scenario, "--experiment", "vip", "node1:nope", "--", "ipvsadm");
        assertEquals(2, bad.code(), bad.all());
        Matcher m = Pattern.compile("node1:lb_[0-9a-z]+").matcher(bad.err());
        assertTrue(m.find(), "the error lists node1's lb_ sandbox: " + bad.err());
        String lb = m.group();

        String ipvs = exec(scenario, "vip", lb, "ipvsadm");
        Matcher fwm = Pattern.compile("FWM  (\\d+) rr\n  -> 10\\.0\\.0\\.\\d+:0 +Masq    1 .*\n  -> 10\\.0\\.0\\.\\d+:0 +Masq    1 ").matcher(ipvs);
        assertTrue(fwm.find(), "the vote service with two destinations in " + lb + ": " + ipvs);
        int mark = Integer.parseInt(fwm.group(1));
        String mangle = exec(scenario, "vip", lb, "iptables", "-nvL", "-t", "mangle");
        int input = mangle.indexOf("Chain INPUT ");
        int next = mangle.indexOf("\n\nChain ", input);
        String inputChain = mangle.substring(input, next);
        Matcher mk = Pattern.compile("(?m)^ +(\\d+) +\\d+ MARK .*MARK set 0x" + Integer.toHexString(mark) + "$").matcher(inputChain);
        assertTrue(mk.find(), "the mark is set in chain INPUT of the lb_ sandbox: " + mangle);
        assertTrue(Integer.parseInt(mk.group(1)) > 0, "and counts the curls: " + mangle);
    }
}
