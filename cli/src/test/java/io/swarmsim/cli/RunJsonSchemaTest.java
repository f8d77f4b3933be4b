package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sim run --json} is what docs/schema/run.schema.json says, for the shipped and a generated scenario. */
class RunJsonSchemaTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read("../docs/schema/run.schema.json"));

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void valid(String json) throws Exception {
        JsonNode node = new ObjectMapper().readTree(json);
        List<Error> errors = SCHEMA.validate(node);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void everyExperimentOfVoteYamlMatchesTheSchema() throws Exception {
        E2e.Result r = E2e.sim("run", E2e.VOTE, "--json");
        assertEquals(0, r.code(), r.err());
        valid(r.out());
        JsonNode vip = new ObjectMapper().readTree(r.out()).get("experiments").get(1);
        assertEquals("vip", vip.get("name").asText());
        JsonNode curl = vip.get("per_command").get(1);
        assertEquals(4, curl.get("times").asInt());
        assertEquals(4, curl.get("distribution").get("vote.1").asInt() + curl.get("distribution").get("vote.2").asInt(),
                "the curl line's own distribution, not lumped with dig");
    }

    @Test
    void theTimeLinesOfFailuresYamlMatchTheSchemaAndTheirSeriesAddUp() throws Exception {
        E2e.Result r = E2e.sim("run", "../scenarios/failures.yaml", "--json");
        assertEquals(0, r.code(), r.err());
        valid(r.out());
        JsonNode exps = new ObjectMapper().readTree(r.out()).get("experiments");
        assertEquals(6, exps.size());
        for (JsonNode e : exps) {
            JsonNode t = e.get("timeline");
            for (JsonNode w : t.get("workloads")) {
                long ok = 0;
                long failed = 0;
                for (JsonNode i : w.get("series")) {
                    ok += i.get("ok").asLong();
                    failed += i.get("failed").asLong();
                }
                assertEquals(w.get("ok").asLong(), ok, e.get("name") + " " + w.get("name"));
                assertEquals(w.get("failed").asLong(), failed);
                assertEquals(w.get("sent").asLong(), ok + failed);
            }
        }
        JsonNode stub = exps.get(0).get("timeline").get("workloads").get(4);
        assertEquals("caching-stub", stub.get("client").asText());
        assertEquals(238, stub.get("failed").asInt());
        assertEquals("connect timeout", stub.get("errors").get(0).get("error").asText());
        assertTrue(exps.get(0).get("timeline").get("control").size() > 10, "the control-plane steps, per node");
        assertFalse(new ObjectMapper().readTree(E2e.sim("run", E2e.VOTE, "--json").out()).get("experiments").get(0).has("timeline"),
                "an experiment without a time-line has no timeline key");
    }

    @Test
    void aGeneratedClusterWithoutKeptRunsMatchesTheSchema(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.yaml");
        assertEquals(0, E2e.sim("generate", "--nodes", "3", "--services", "2", "--replicas", "2", "--requests", "5", "--out", f.toString()).code());
        E2e.Result r = E2e.sim("run", f.toString(), "--json", "--trace", "none");
        assertEquals(0, r.code(), r.err());
        valid(r.out());
    }

    @Test
    void theSchemaRefusesWhatItDoesNotDescribe() throws Exception {
        E2e.Result r = E2e.sim("run", E2e.VOTE, "--experiment", "vip", "--json");
        ObjectMapper m = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(r.out());
        root.put("surprise", 1);
        assertFalse(SCHEMA.validate(root).isEmpty(), "an undocumented field fails");
    }

    @Test
    void underJsonARefusedScenarioIsAnErrorObjectWithEveryErrorLocated(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "version: \"3.8\"\nservices:\n  a:\n    image: x\n    bogus: 1\n  b:\n    image: y\n    nope: 2\n");
        for (String cmd : List.of("run", "trace")) {
            E2e.Result r = cmd.equals("run") ? E2e.sim("run", f.toString(), "--json") : E2e.sim("trace", f.toString(), "--experiment", "x", "--json");
            assertEquals(2, r.code(), r.all());
            valid(r.out());
            JsonNode e = new ObjectMapper().readTree(r.out()).get("error");
            assertEquals("scenario", e.get("kind").asText());
            assertEquals(2, e.get("exit_code").asInt());
            assertEquals(2, e.get("errors").size(), r.out());
            assertEquals(5, e.get("errors").get(0).get("line").asInt());
            assertEquals(5, e.get("errors").get(0).get("column").asInt());
            assertEquals(8, e.get("errors").get(1).get("line").asInt());
            assertEquals(f.toString(), e.get("errors").get(0).get("file").asText());
            assertTrue(r.err().contains(f + ":5:5: unknown key 'bogus'"), "and the text on stderr, as without --json: " + r.err());
        }
    }

    @Test
    void underJsonAnUnknownExperimentOrABadOptionValueIsAnErrorObject() throws Exception {
        E2e.Result r = E2e.sim("run", E2e.VOTE, "--experiment", "nope", "--json");
        assertEquals(2, r.code());
        valid(r.out());
        JsonNode e = new ObjectMapper().readTree(r.out()).get("error");
        assertEquals("experiment", e.get("kind").asText());
        assertTrue(e.get("message").asText().contains("no experiment named 'nope'"), r.out());
        E2e.Result usage = E2e.sim("run", E2e.VOTE, "--json", "--trace", "loud");
        assertEquals(2, usage.code());
        valid(usage.out());
        assertEquals("usage", new ObjectMapper().readTree(usage.out()).get("error").get("kind").asText());
        assertEquals("", E2e.sim("run", E2e.VOTE, "--experiment", "nope").out(), "without --json, stdout stays empty");
    }
}
