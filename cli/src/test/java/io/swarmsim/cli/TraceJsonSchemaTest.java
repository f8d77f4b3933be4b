package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every line {@code sim trace --json} prints for vote.yaml's experiments is what docs/schema/trace-event.schema.json says. */
class TraceJsonSchemaTest {
    private static final String TEXT = read("../docs/schema/trace-event.schema.json");
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(TEXT);

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyEventOfEveryExperimentMatchesTheSchema() throws Exception {
        ObjectMapper m = new ObjectMapper();
        Set<String> kinds = new TreeSet<>();
        for (String experiment : List.of("dnsrr", "vip", "mesh")) {
            E2e.Result r = E2e.sim("trace", E2e.VOTE, "--experiment", experiment, "--request", "all", "--json", "--level", "full");
            assertEquals(0, r.code(), r.err());
            for (String line : r.out().split("\n")) {
                JsonNode node = m.readTree(line);
                assertEquals(List.of(), SCHEMA.validate(node).stream().map(Object::toString).toList(), line);
                kinds.add(node.get("kind").asText());
            }
        }
        assertTrue(kinds.size() >= 15, "the runs show most kinds: " + kinds);
    }

    @Test
    void theSchemaNamesEveryKindAndRefusesAKeyItDoesNotKnow() throws Exception {
        ObjectMapper m = new ObjectMapper();
        Set<String> inSchema = new TreeSet<>();
        m.readTree(TEXT).get("properties").get("kind").get("enum").forEach(k -> inSchema.add(k.asText()));
        assertEquals(Arrays.stream(TraceEvent.Kind.values()).map(TraceEvent.Kind::wireName).collect(Collectors.toCollection(TreeSet::new)), inSchema);
        E2e.Result r = E2e.sim("trace", E2e.VOTE, "--experiment", "vip", "--request", "1", "--json");
        ObjectNode first = (ObjectNode) m.readTree(r.out().split("\n")[0]);
        assertTrue(SCHEMA.validate(first).isEmpty());
        first.put("surprise", 1);
        assertFalse(SCHEMA.validate(first).isEmpty(), "an undocumented key fails");
        ObjectNode missing = (ObjectNode) m.readTree(r.out().split("\n")[0]);
        missing.remove(missing.fieldNames().next().equals("t") ? "trace" : "t");
        assertFalse(SCHEMA.validate(missing).isEmpty(), "a missing common key fails");
    }
}
