package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Anchors, aliases and merge keys load to the same stack as the file written out in full (that an error
 * in merged text names where it was written is in bad/merge-bad-key.yaml).
 */
class AnchorsTest {
    private static List<String> shape(Scenario s) {
        return s.services().stream().map(v -> String.join("|", v.name(), v.image(), v.mode().toString(), String.valueOf(v.replicas()),
                v.endpointMode().toString(), v.networks().stream().map(NetworkAttachment::network).toList().toString(),
                v.constraints().toString())).toList();
    }

    @Test
    void anchoredFileLoadsAsItsExpandedForm() throws Exception {
        Scenario anchored = ScenarioLoader.load(ValidScenarioTest.resource("anchors.yaml"), Map.of(), Optional.of("s"));
        Scenario expanded = ScenarioLoader.load(ValidScenarioTest.resource("anchors-expanded.yaml"), Map.of(), Optional.of("s"));
        assertEquals(shape(expanded), shape(anchored));
    }
}
