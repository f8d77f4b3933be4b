package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ${VAR} substitution as docker stack deploy does it, with .env beside the file. */
class InterpolationTest {
    private static final Path NAME = Path.of("vars.yaml");

    private static String sub(String text, Map<String, String> vars) throws ScenarioException {
        Problems p = new Problems();
        String out = new Interpolation(vars, p).substitute(text, Location.start(NAME));
        p.throwIfAny();
        return out;
    }

    @Test
    void everyFormDockerKnows() throws ScenarioException {
        Map<String, String> v = Map.of("TAG", "1.25", "EMPTY", "");
        assertEquals("nginx:1.25", sub("nginx:${TAG}", v));
        assertEquals("nginx:1.25", sub("nginx:$TAG", v));
        assertEquals("x", sub("${NOPE:-x}", v));
        assertEquals("x", sub("${EMPTY:-x}", v));
        assertEquals("", sub("${EMPTY-x}", v));
        assertEquals("x", sub("${NOPE-x}", v));
        assertEquals("", sub("${NOPE}", v));
        assertEquals("$TAG costs $5", sub("$$TAG costs $$5", v));
        assertEquals("1.25", sub("${TAG?needed}", v));
    }

    @Test
    void aRequiredVariableNamesTheValueAndTheReason() {
        String yaml = "version: \"3.8\"\nservices:\n  web:\n    image: \"nginx:${TAG?set TAG to the nginx version}\"\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, NAME, Map.of()));
        assertTrue(e.getMessage().startsWith("vars.yaml:4:12: required variable TAG is not set: set TAG to the nginx version;"), e.getMessage());
        ScenarioException empty = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(yaml.replace("?", ":?"), NAME, Map.of("TAG", "")));
        assertTrue(empty.getMessage().contains("required variable TAG is empty"), empty.getMessage());
    }

    @Test
    void aBadReferenceIsALocatedError() {
        String yaml = "version: \"3.8\"\nservices:\n  web:\n    image: \"nginx:${TAG\"\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, NAME, Map.of()));
        assertTrue(e.getMessage().startsWith("vars.yaml:4:12: invalid interpolation format '${TAG'"), e.getMessage());
    }

    @Test
    void aWholeValueVariableTakesItsTypeSoReplicasCanComeFromTheEnvironment() throws Exception {
        String yaml = "version: \"3.8\"\nservices:\n  web:\n    image: nginx:${TAG:-latest}\n    deploy:\n      replicas: ${N}\n";
        Scenario s = ScenarioLoader.parse(yaml, NAME, Map.of("N", "3"));
        assertEquals(3, s.services().get(0).replicas());
        assertEquals("nginx:latest", s.services().get(0).image());
    }

    @Test
    void dotEnvBesideTheFileIsReadAndTheEnvironmentWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stack.yaml");
        Files.writeString(file, "version: \"3.8\"\nservices:\n  web:\n    image: nginx:${TAG}\n    deploy:\n      replicas: ${N}\n");
        Files.writeString(dir.resolve(".env"), "# versions\nexport TAG=\"1.25\"\nN=2 # two\n");
        assertEquals("nginx:1.25", ScenarioLoader.load(file, Map.of()).services().get(0).image());
        assertEquals(2, ScenarioLoader.load(file, Map.of()).services().get(0).replicas());
        assertEquals("nginx:1.27", ScenarioLoader.load(file, Map.of("TAG", "1.27")).services().get(0).image());
    }
}
