package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.swarmsim.engine.generate.ScenarioGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docker's own validator agrees with the simulator: every shipped, generated and documented scenario
 * passes {@code docker stack config -c FILE}, and files Docker refuses the simulator refuses too. Needs
 * a docker CLI with {@code stack config} (Docker CLI 23.0 or later; it needs no daemon); skipped, saying
 * so, where there is none.
 */
class DockerStackConfigTest {
    private static String docker;

    @BeforeAll
    static void findDocker() throws Exception {
        docker = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "docker");
            if (Files.isExecutable(p) && run(List.of(p.toString(), "stack", "config", "--help"), null).code() == 0) {
                docker = p.toString();
                return;
            }
        }
    }

    private static void needDocker() {
        assumeTrue(docker != null, "no docker CLI with 'docker stack config' on PATH (Docker CLI 23.0 or later; Debian 12's docker.io 20.10"
                + " has none): the checks against Docker's own validator are skipped");
    }

    record Ran(int code, String out) {
    }

    private static Ran run(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Ran(-1, out + "(timed out)");
        }
        return new Ran(p.exitValue(), out);
    }

    private static Ran dockerConfig(Path file) throws Exception {
        return run(List.of(docker, "stack", "config", "-c", file.getFileName().toString()), file.toAbsolutePath().getParent());
    }

    /** The scenario files shipped under scenarios/ (the GUI's walkthrough files are not stack files). */
    static List<Path> shipped() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("../scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".walkthrough.yaml")).sorted().toList();
        }
    }

    /** The complete stack files README.md shows (yaml blocks with a top-level services key). */
    static List<String> documented() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            if (m.group(1).startsWith("services:") || m.group(1).contains("\nservices:")) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void everyShippedScenarioPassesDockersValidator() throws Exception {
        needDocker();
        assertTrue(shipped().size() >= 1);
        for (Path f : shipped()) {
            Ran r = dockerConfig(f);
            assertEquals(0, r.code(), f + ": " + r.out());
        }
    }

    @Test
    void everyTestScenarioPassesDockersValidator() throws Exception {
        needDocker();
        try (Stream<Path> s = Files.list(Path.of(E2e.SCENARIOS))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Ran r = dockerConfig(f);
                assertEquals(0, r.code(), f + ": " + r.out());
            }
        }
    }

    @Test
    void generatedScenariosPassDockersValidator(@TempDir Path dir) throws Exception {
        needDocker();
        for (String era : List.of("1.12", "18.06")) {
            Path f = dir.resolve("gen-" + era + ".yaml");
            Files.writeString(f, ScenarioGenerator.generate(new ScenarioGenerator.Spec(4, 3, 2, era, 5)));
            Ran r = dockerConfig(f);
            assertEquals(0, r.code(), era + ": " + r.out());
        }
    }

    @Test
    void documentedStackFilesPassDockersValidatorAndTheSimulator(@TempDir Path dir) throws Exception {
        List<String> docs = documented();
        for (int i = 0; i < docs.size(); i++) {
            Path f = dir.resolve("readme-" + i + ".yaml");
            Files.writeString(f, docs.get(i));
            E2e.Result sim = E2e.sim("run", f.toString(), "--trace", "none");
            assertEquals(0, sim.code(), "README stack file " + i + ":\n" + docs.get(i) + sim.all());
            if (docker != null) {
                Ran r = dockerConfig(f);
                assertEquals(0, r.code(), "README stack file " + i + ":\n" + docs.get(i) + r.out());
            }
        }
    }

    @Test
    void filesDockerRefusesTheSimulatorRefusesToo(@TempDir Path dir) throws Exception {
        List<String> refused = List.of(
                "version: 3.8\nservices:\n  a:\n    image: x\n",
                "version: \"3.3\"\nservices:\n  a:\n    image: x\nx-sim:\n  seed: 2\n",
                "version: \"3.6\"\nservices:\n  a:\n    image: x\n    x-sim: {}\n",
                "version: \"2\"\nservices:\n  a:\n    image: x\n");
        for (int i = 0; i < refused.size(); i++) {
            Path f = dir.resolve("refused-" + i + ".yaml");
            Files.writeString(f, refused.get(i));
            E2e.Result sim = E2e.sim("run", f.toString());
            assertEquals(2, sim.code(), refused.get(i) + sim.all());
            assertTrue(sim.err().startsWith(f + ":"), sim.all());
            if (docker != null) {
                assertNotEquals(0, dockerConfig(f).code(), "docker refuses it too:\n" + refused.get(i));
            }
        }
    }
}
