package io.swarmsim.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text and JSON forms of a small hand-made run. */
class ReportTest {
    static RunResult small() {
        CommandRun c1 = new CommandRun("client.1", "curl vote | grep -i \"container id\"", "          Processed by container ID aaaaaaaaaaaa\n",
                List.of("10.0.0.4"), "10.0.0.4", "vote.1", "DNS answered [10.0.0.4]; served by vote.1").withCost(30, 120);
        CommandRun c2 = new CommandRun("client.1", "curl vote | grep -i \"container id\"", "          Processed by container ID bbbbbbbbbbbb\n",
                List.of("10.0.0.4"), "10.0.0.4", "vote.2", "DNS answered [10.0.0.4]; served by vote.2").withCost(30, 120);
        CommandRun c3 = new CommandRun("client.1", "curl vote | grep -i \"container id\"", "          Processed by container ID aaaaaaaaaaaa\n",
                List.of("10.0.0.4"), "10.0.0.4", "vote.1", "served by vote.1").withCost(30, 120);
        CommandRun c4 = new CommandRun("client.1", "dig +short nosuch", "", List.of(), null, null, "status NXDOMAIN, no address").withCost(10, 40);
        Map<String, Integer> dist = new LinkedHashMap<>();
        dist.put("vote.1", 2);
        dist.put("vote.2", 1);
        ExperimentResult e = new ExperimentResult("vip", "VIP based load balancing", List.of("Cluster: 2 nodes"), List.of(),
                List.of(c1, c2, c3, c4), dist, 4, 100, 400, new ClusterSummary(List.of(), List.of(), List.of()),
                List.of(new CommandTally("client.1", "curl vote", 4, dist)));
        ExperimentResult refused = new ExperimentResult("dnsrr-mesh", "", List.of(),
                List.of("Docker refused service vote: EndpointSpec: ports can't be used with dnsrr mode"), List.of(), Map.of(), 0, 0, 0, new ClusterSummary(List.of(), List.of(), List.of()), List.of());
        return new RunResult("vote.yaml", 1, "1.12", List.of("services.vote.environment (vote.yaml:14:5)"), List.of(e, refused));
    }

    @Test
    void textReportShowsCommandsBarsDecisionsAndCost() {
        String t = TextReport.render(small());
        assertTrue(t.startsWith("Scenario vote.yaml (seed 1, Docker 1.12 model)\n"), t);
        assertTrue(t.contains("Not simulated (accepted, no effect on the model):\n  services.vote.environment (vote.yaml:14:5)\n"), t);
        assertTrue(t.contains("\n=== Experiment vip: VIP based load balancing ===\nCluster: 2 nodes\n"), t);
        assertTrue(t.contains("\nclient.1 # curl vote | grep -i \"container id\"\n          Processed by container ID aaaaaaaaaaaa\n"), t);
        // a command with empty output prints only its prompt line
        assertTrue(t.contains("\nclient.1 # dig +short nosuch\n\nRequests per task:\n"), t);
        // bars: 30 columns share the command's runs, rounded (2 of 3 -> 20, 1 of 3 -> 10)
        assertTrue(t.contains("  client.1 # curl vote | grep -i \"container id\"\n"
                + "    vote.1    2  " + "#".repeat(20) + "\n"
                + "    vote.2    1  " + "#".repeat(10) + "\n"), t);
        assertTrue(t.contains("\nDecisions:\n"
                + "    1  client.1 # curl vote | grep -i \"container id\": DNS answered [10.0.0.4]; served by vote.1\n"
                + "    2  client.1 # curl vote | grep -i \"container id\": DNS answered [10.0.0.4]; served by vote.2\n"
                + "    3  client.1 # curl vote | grep -i \"container id\": served by vote.1\n"
                + "    4  client.1 # dig +short nosuch: status NXDOMAIN, no address\n"), t);
        assertTrue(t.contains("\nCost: 100 packet traversals of a namespace's stack, 400 iptables rules looked at (4.0 per packet)\n"), t);
        // the refused experiment: its rejection, no sections for commands it did not run
        String refused = t.substring(t.indexOf("=== Experiment dnsrr-mesh"));
        assertTrue(refused.startsWith("=== Experiment dnsrr-mesh ===\nDocker refused service vote: EndpointSpec: ports can't be used with dnsrr mode\n"), refused);
        assertTrue(!refused.contains("Decisions:") && !refused.contains("Cost:") && !refused.contains("Requests per task"), refused);
    }

    @Test
    void textReportWithoutKeptRunsStillShowsTheDistributionAndCost() {
        ExperimentResult e = new ExperimentResult("vip", "d", List.of(), List.of(), List.of(), Map.of("vote.1", 500), 500, 9000, 27000,
                new ClusterSummary(List.of(), List.of(), List.of()), List.of());
        String t = TextReport.render(new RunResult("s.yaml", 3, "18.06", List.of(), List.of(e)));
        assertTrue(!t.contains("Not simulated"), t);
        assertTrue(t.contains("\n500 command runs (not kept: --trace none)\nRequests per task:\n    vote.1      500  " + "#".repeat(30) + "\n"), t);
        assertTrue(t.contains("Cost: 9000 packet traversals of a namespace's stack, 27000 iptables rules looked at (3.0 per packet)"), t);
    }

    @Test
    void jsonReportUsesTheDocumentedFieldNames() throws Exception {
        String json = JsonReport.render(small());
        assertTrue(json.endsWith("\n"));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(List.of("format_version", "scenario", "seed", "docker_version", "not_simulated", "experiments"), fields(root));
        assertEquals(JsonReport.FORMAT_VERSION, root.get("format_version").asInt());
        assertEquals("vote.yaml", root.get("scenario").asText());
        assertEquals(1, root.get("seed").asLong());
        assertEquals("1.12", root.get("docker_version").asText());
        assertEquals("services.vote.environment (vote.yaml:14:5)", root.get("not_simulated").get(0).asText());
        JsonNode e = root.get("experiments").get(0);
        assertEquals(List.of("name", "description", "rejections", "cluster", "commands", "runs", "runs_not_printed", "packets", "rules_visited",
                "per_command", "distribution"), fields(e));
        assertEquals(List.of("from", "command", "times", "distribution"), fields(e.get("per_command").get(0)));
        assertEquals(2, e.get("per_command").get(0).get("distribution").get("vote.1").asInt());
        assertEquals(4, e.get("runs").asLong());
        assertEquals(100, e.get("packets").asLong());
        assertEquals(400, e.get("rules_visited").asLong());
        assertEquals(2, e.get("distribution").get("vote.1").asInt());
        assertEquals(List.of("vote.1", "vote.2"), fields(e.get("distribution")));
        JsonNode c = e.get("commands").get(0);
        assertEquals(List.of("from", "command", "output", "resolved", "connected", "served_by", "reason", "packets", "rules_visited"), fields(c));
        assertEquals("client.1", c.get("from").asText());
        assertEquals("curl vote | grep -i \"container id\"", c.get("command").asText());
        assertEquals("          Processed by container ID aaaaaaaaaaaa\n", c.get("output").asText());
        assertEquals("10.0.0.4", c.get("resolved").get(0).asText());
        assertEquals("10.0.0.4", c.get("connected").asText());
        assertEquals("vote.1", c.get("served_by").asText());
        assertEquals(30, c.get("packets").asLong());
        assertEquals(120, c.get("rules_visited").asLong());
        JsonNode dig = e.get("commands").get(3);
        assertTrue(dig.get("connected").isNull(), "connected is null when the command reached nothing");
        assertTrue(dig.get("served_by").isNull());
        assertEquals(0, dig.get("resolved").size());
        JsonNode refused = root.get("experiments").get(1);
        assertEquals("Docker refused service vote: EndpointSpec: ports can't be used with dnsrr mode", refused.get("rejections").get(0).asText());
        assertEquals(0, refused.get("commands").size());
        assertTrue(refused.get("distribution").isObject());
    }

    @Test
    void reportsAreDeterministic() {
        assertEquals(TextReport.render(small()), TextReport.render(small()));
        assertEquals(JsonReport.render(small()), JsonReport.render(small()));
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
