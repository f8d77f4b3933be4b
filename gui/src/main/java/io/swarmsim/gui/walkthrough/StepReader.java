package io.swarmsim.gui.walkthrough;

import io.swarmsim.engine.scenario.Location;
import io.swarmsim.engine.scenario.Reading;
import io.swarmsim.engine.scenario.YamlNode;
import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.ScalarNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the walkthrough's YAML tree into drafts: the keys allowed at each place (unknown ones refused
 * with the nearest valid key), their types and the required ones, each problem reported with its
 * place through the engine's {@link Reading}, so a walkthrough's messages read like a scenario's.
 * What the names mean (experiments, runs, tasks) is {@link StepChecker}'s job.
 */
final class StepReader {
    static final Set<String> TOP = Set.of("title", "steps");
    static final Set<String> STEP = Set.of("title", "text", "experiment", "run", "highlight", "show");

    /** A step's {@code run}: a run number (from 1), or a command's text (then {@code number} is 0). */
    record RunRef(int number, String text) {
    }

    /** A step as written, before it is checked against the scenario; absent values are empty. */
    record Draft(Location location, String path, Optional<String> title, Optional<String> text, Optional<Written<String>> experiment,
                 Optional<Written<RunRef>> run, List<Written<String>> highlight, Optional<Written<String>> show) {
    }

    /** The walkthrough's title and its steps as written. */
    record Drafts(Optional<String> title, List<Draft> steps) {
    }

    private final Reading reading;

    StepReader(Reading reading) {
        this.reading = reading;
    }

    Drafts read(YamlNode root) {
        if (!(root instanceof MapNode top)) {
            reading.error(root.location(), "the top level is " + root.describe() + "; expected a map with 'steps' (and optionally 'title')");
            return new Drafts(Optional.empty(), List.of());
        }
        reading.checkKeys(top, "", TOP, Set.of());
        Optional<String> title = top.get("title").flatMap(n -> reading.string(n, "title"));
        Optional<YamlNode> steps = top.get("steps");
        if (steps.isEmpty()) {
            reading.error(top.location(), "the walkthrough has no steps; expected 'steps:' with a list of steps");
            return new Drafts(title, List.of());
        }
        Optional<SeqNode> list = reading.list(steps.get(), "steps", "steps (maps with 'title' and 'text')");
        if (list.isPresent() && list.get().items().isEmpty()) {
            reading.error(list.get().location(), "steps is an empty list; expected at least one step");
        }
        List<Draft> out = new ArrayList<>();
        List<YamlNode> items = list.map(SeqNode::items).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String path = "steps[" + i + "]";
            reading.map(items.get(i), path).ifPresent(m -> out.add(step(m, path)));
        }
        return new Drafts(title, out);
    }

    private Draft step(MapNode m, String path) {
        reading.checkKeys(m, path, STEP, Set.of());
        Optional<String> title = required(m, path, "title", "the step's title");
        Optional<String> text = required(m, path, "text", "the step's narrative (a few short paragraphs)");
        Optional<Written<String>> experiment = m.get("experiment")
                .flatMap(n -> reading.string(n, path + ".experiment").map(s -> new Written<>(s, n.location())));
        Optional<Written<RunRef>> run = m.get("run").flatMap(n -> run(n, path + ".run"));
        List<Written<String>> highlight = m.get("highlight").map(n -> names(n, path + ".highlight")).orElse(List.of());
        Optional<Written<String>> show = m.get("show").flatMap(n -> show(n, path + ".show"));
        return new Draft(m.location(), path, title, text, experiment, run, highlight, show);
    }

    private Optional<String> required(MapNode m, String path, String key, String what) {
        Optional<YamlNode> n = m.get(key);
        if (n.isEmpty()) {
            reading.error(m.location(), path + " has no " + key + "; expected '" + key + ":' with " + what);
            return Optional.empty();
        }
        return reading.string(n.get(), path + "." + key);
    }

    private Optional<Written<RunRef>> run(YamlNode n, String path) {
        if (n instanceof ScalarNode s && s.kind() == YamlNode.Kind.INT) {
            return reading.intValue(n, path, 1, 1_000_000, "a run number from 1, or the command's text")
                    .map(k -> new Written<>(new RunRef(k, ""), n.location()));
        }
        if (n instanceof ScalarNode s && s.kind() == YamlNode.Kind.STRING && !s.text().isBlank()) {
            return Optional.of(new Written<>(new RunRef(0, s.text().strip()), n.location()));
        }
        reading.error(n.location(), path + " is " + n.describe() + "; expected a run number from 1, or the command's text");
        return Optional.empty();
    }

    private List<Written<String>> names(YamlNode n, String path) {
        List<YamlNode> items;
        if (n instanceof SeqNode seq) {
            items = seq.items();
        } else if (n instanceof ScalarNode s && !s.isNull()) {
            items = List.of(n);
        } else {
            reading.error(n.location(), path + " is " + n.describe()
                    + "; expected a name or a list of names (tasks, services, nodes, sandboxes like node1:ingress_sbox)");
            return List.of();
        }
        List<Written<String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String p = n instanceof SeqNode ? path + "[" + i + "]" : path;
            reading.string(item, p).ifPresent(s -> out.add(new Written<>(s.strip(), item.location())));
        }
        return out;
    }

    private Optional<Written<String>> show(YamlNode n, String path) {
        Optional<String> s = reading.string(n, path).map(String::strip);
        if (s.isPresent() && !s.get().matches("\\S+\\s+\\S.*")) {
            reading.error(n.location(), path + " is '" + s.get() + "'; expected '<where> <command>', e.g. 'client.1 iptables -nvL -t mangle'");
            return Optional.empty();
        }
        return s.map(v -> new Written<>(v, n.location()));
    }
}
