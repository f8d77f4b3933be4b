package io.swarmsim.gui.walkthrough;

import io.swarmsim.engine.scenario.Location;
import io.swarmsim.engine.scenario.Problems;
import io.swarmsim.engine.scenario.Reading;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioError;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.YamlNode;
import io.swarmsim.engine.scenario.YamlTreeReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a scenario's walkthrough, {@code <scenario basename>.walkthrough.yaml} next to the scenario
 * (the format is documented at the top of {@code scenarios/vote.walkthrough.yaml}). It reads YAML
 * with the engine's located reader, so every problem, from a tab in the indentation to a task that
 * does not exist, comes back as a {@link ScenarioException} whose lines say file:line:column and
 * what was expected there, exactly like a scenario's. All problems are reported at once, in file order.
 */
public final class WalkthroughLoader {
    /** What follows the scenario's base name in its walkthrough's file name. */
    public static final String SUFFIX = ".walkthrough.yaml";

    private WalkthroughLoader() {
    }

    /** {@code scenarios/vote.yaml} -> {@code scenarios/vote.walkthrough.yaml}. */
    public static Path fileFor(Path scenario) {
        String name = scenario.getFileName().toString();
        String base = name.replaceFirst("\\.(yaml|yml)$", "");
        return scenario.resolveSibling(base + SUFFIX);
    }

    /**
     * Reads {@code file} and checks it against {@code scenario} (as the window runs it, modes applied);
     * {@code seed} builds the clusters the names are checked in.
     */
    public static Walkthrough load(Path file, Scenario scenario, long seed) throws ScenarioException {
        Location start = Location.start(file);
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(new ScenarioError(start, "is a directory; expected a walkthrough file"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new ScenarioError(start, "no such file; expected a walkthrough next to the scenario"));
        } catch (IOException | SecurityException e) {
            throw new ScenarioException(new ScenarioError(start, "cannot read the file (" + e.getMessage() + "); expected a readable file"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(new ScenarioError(start, "the file is not UTF-8 text; expected UTF-8"));
        }
        return parse(text, file, scenario, seed);
    }

    /** As {@link #load}, from {@code text}; {@code file} names the text in messages. */
    public static Walkthrough parse(String text, Path file, Scenario scenario, long seed) throws ScenarioException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            throw new ScenarioException(new ScenarioError(Location.start(file),
                    "the file has no content; expected a map with 'steps' (a list of steps with 'title' and 'text')"));
        }
        Problems problems = new Problems();
        YamlNode root = new YamlTreeReader(file, problems).read(body);
        Reading reading = new Reading(problems);
        StepReader.Drafts drafts = new StepReader(reading).read(root);
        StepChecker checker = new StepChecker(scenario, reading, seed);
        List<Step> steps = checker.check(drafts.steps());
        problems.throwIfAny();
        Map<String, String> descriptions = new LinkedHashMap<>();
        scenario.sim().experiments().forEach(e -> descriptions.put(e.name(), e.description() == null ? "" : e.description()));
        String title = drafts.title().orElse("Walkthrough of " + scenario.file().getFileName());
        return new Walkthrough(file, title, steps, checker.firstExperiment(), descriptions);
    }

    /** The experiments a walkthrough visits, in order of first visit (for a caption or a check). */
    public static List<String> experimentsOf(Walkthrough w) {
        return w.steps().stream().map(Step::experiment).distinct().toList();
    }
}
