package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code sim run} as a user runs it, on the seed's scenario and variants of its client image. */
class SimRunEndToEndTest {
    record Result(int code, String out, String err) {
    }

    static Result sim(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String scenario, String... extra) throws Exception {
        String[] args = new String[3 + extra.length];
        args[0] = "run";
        args[1] = scenario;
        args[2] = "--json";
        System.arraycopy(extra, 0, args, 3, extra.length);
        Result r = sim(args);
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    static List<JsonNode> commands(JsonNode run, String program) {
        List<JsonNode> out = new java.util.ArrayList<>();
        run.get("experiments").get(0).get("commands").forEach(c -> {
            if (c.get("command").asText().startsWith(program + " ")) {
                out.add(c);
            }
        });
        return out;
    }

    @Test
    void theSeedsClientAlwaysCurlsTenZeroZeroThreeWhilePingAlternates() throws Exception {
        JsonNode run = json("src/test/resources/scenarios/seed20.yaml");
        List<JsonNode> curls = commands(run, "curl");
        assertEquals(20, curls.size());
        for (JsonNode c : curls) {
            assertEquals("10.0.0.3", c.get("connected").asText(), c.toString());
            assertEquals("vote.1", c.get("served_by").asText());
            assertTrue(c.get("output").asText().contains("Processed by container ID "), c.toString());
            assertTrue(c.get("reason").asText().contains("glibc rule 9: 10.0.0.3 shares 31 leading bits with 10.0.0.2, 10.0.0.4 shares 29"));
            assertEquals("10.0.0.3", c.get("resolved").get(0).asText());
        }
        Set<String> pinged = new HashSet<>();
        for (JsonNode p : commands(run, "ping")) {
            pinged.add(p.get("connected").asText());
            assertTrue(p.get("output").asText().startsWith("PING vote (" + p.get("connected").asText() + ") 56(84) bytes of data.\n64 bytes from "));
            assertTrue(p.get("output").asText().contains("1 packets transmitted, 1 received, 0% packet loss, time 0ms"));
        }
        assertEquals(Set.of("10.0.0.3", "10.0.0.4"), pinged);
        JsonNode dist = run.get("experiments").get(0).get("distribution");
        assertEquals(20 + commands(run, "ping").stream().filter(p -> p.get("served_by").asText().equals("vote.1")).count(),
                dist.get("vote.1").asInt());
    }

    @Test
    void alpineAndGolangClientsSpreadCurlOverBothTasks() throws Exception {
        for (String image : List.of("alpine20", "golang20")) {
            JsonNode run = json("src/test/resources/scenarios/" + image + ".yaml");
            Set<String> served = new HashSet<>();
            for (JsonNode c : commands(run, "curl")) {
                served.add(c.get("served_by").asText());
                assertEquals(c.get("resolved").get(0).asText(), c.get("connected").asText());
            }
            assertEquals(Set.of("vote.1", "vote.2"), served, image);
        }
    }

    @Test
    void digListsBothAddressesInAnOrderThatChangesBetweenQueries() throws Exception {
        JsonNode run = json("src/test/resources/scenarios/seed20.yaml");
        Set<String> orders = new HashSet<>();
        for (JsonNode d : commands(run, "dig")) {
            String out = d.get("output").asText();
            assertTrue(out.contains(";; ANSWER SECTION:\nvote.\t\t\t600\tIN\tA\t10.0.0."), out);
            assertTrue(out.contains("\t10.0.0.3\n") && out.contains("\t10.0.0.4\n"), out);
            orders.add(d.get("resolved").toString());
        }
        assertEquals(2, orders.size());
    }

    @Test
    void theSameSeedGivesByteIdenticalOutputAndAnotherSeedAnotherShuffle() {
        Result a = sim("run", "../scenarios/vote.yaml", "--seed", "5");
        Result b = sim("run", "../scenarios/vote.yaml", "--seed", "5");
        Result c = sim("run", "../scenarios/vote.yaml", "--seed", "6");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertNotEquals(a.out(), c.out());
        assertTrue(a.out().contains("(seed 5, Docker 1.12 model)"));
    }

    @Test
    void textReportShowsToolsOutputDistributionAndReasons() {
        Result r = sim("run", "../scenarios/vote.yaml");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("client.1 # dig vote\n\n; <<>> DiG 9.10.3-P4-Ubuntu <<>> vote\n"), out);
        assertTrue(out.contains("client.1 # curl vote | grep -i \"container id\"\n          Processed by container ID "), out);
        assertTrue(out.contains("    client.1  node1  container "), out);
        assertTrue(out.contains("overlay1 10.0.0.2"));
        assertTrue(out.contains("Requests per task:\n"));
        assertTrue(out.contains("Decisions:\n"));
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode run = json("../scenarios/vote.yaml");
        assertEquals("../scenarios/vote.yaml", run.get("scenario").asText());
        assertEquals(1, run.get("seed").asLong());
        assertEquals(List.of("format_version", "scenario", "seed", "docker_version", "not_simulated", "experiments"), fields(run));
        JsonNode e = run.get("experiments").get(0);
        assertEquals("dnsrr", e.get("name").asText());
        assertEquals(List.of("name", "description", "rejections", "cluster", "commands", "runs", "runs_not_printed", "packets", "rules_visited",
                "per_command", "distribution"),
                fields(e));
        assertEquals(List.of("from", "command", "output", "resolved", "connected", "served_by", "reason", "packets", "rules_visited"),
                fields(e.get("commands").get(0)));
        assertTrue(e.get("distribution").has("vote.1") && e.get("distribution").has("vote.2"));
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aPlainStackFileRunsAndReportsTheClusterItBuilt() {
        Result r = sim("run", "src/test/resources/scenarios/plain.yaml");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("=== Experiment stack"), r.out());
        assertTrue(r.out().contains("services.web.environment"), r.out());
        // deployed as the stack "plain": scoped names, the default network, and each service's key as its alias
        assertTrue(r.out().contains("    plain_web.3 node2  container "), r.out());
        assertTrue(r.out().contains("  plain_db  dnsrr  postgres:16"), r.out());
        assertTrue(r.out().contains("  plain_default 10.0.0.0/24     vni 257"), r.out());
        assertTrue(r.out().contains("  plain_web, web             -> 10.0.0.2\n"), r.out());
    }

    @Test
    void badInputIsReportedWithItsLocationAndNeverAsAStackTrace() {
        Result missing = sim("run", "no/such/file.yaml");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("no/such/file.yaml:1:1: "), missing.err());
        Result cmd = sim("run", "src/test/resources/scenarios/badcommand.yaml");
        assertEquals(2, cmd.code());
        assertTrue(cmd.err().contains("badcommand.yaml:") && cmd.err().contains("'nc' is not simulated"), cmd.err());
        Result exp = sim("run", "../scenarios/vote.yaml", "--experiment", "nope");
        assertEquals(2, exp.code());
        assertTrue(exp.err().contains("the scenario has: dnsrr"), exp.err());
        Result opt = sim("run", "../scenarios/vote.yaml", "--seed", "x");
        assertEquals(2, opt.code());
        for (Result r : List.of(missing, cmd, exp, opt)) {
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void runsBeyondMaxRunsAreCountedNotPrinted() {
        Result r = sim("run", "../scenarios/vote.yaml", "--experiment", "vip", "--max-runs", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n... 3 more command runs not printed (--max-runs 2): the totals below count them all\n"), r.out());
        assertTrue(r.out().contains("\n5 command runs\nRequests per task:\n    vote.1        2  ###############\n    vote.2        2  ###############\n"),
                r.out());
        assertEquals(2, r.out().split("\n  +\\d+  client\\.1 # ", -1).length - 1, "two decisions printed");
        Result bad = sim("run", "../scenarios/vote.yaml", "--max-runs", "many");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("--max-runs takes a number"), bad.err());
    }
}
