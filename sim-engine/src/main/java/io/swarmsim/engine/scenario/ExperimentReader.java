package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.Entry;
import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code x-sim.experiments}: names, service overrides and commands. */
final class ExperimentReader {
    private static final Set<String> KEYS = Set.of("name", "description", "services", "commands", "timeline", "workloads", "interval");
    private static final Set<String> OVERRIDE_KEYS = Set.of("endpoint_mode", "ports", "replicas", "image");
    private static final Set<String> COMMAND_KEYS = Set.of("from", "run", "times");
    /** Most command runs an experiment may ask for, all its commands' times together (README, "Errors"). */
    static final int MAX_RUNS = 1_000_000;

    private final Reading reading;
    private final Sources sources;
    private final PortParser ports;
    private final TimelineReader timelines;

    ExperimentReader(Reading reading, Sources sources) {
        this.reading = reading;
        this.sources = sources;
        this.ports = new PortParser(reading);
        this.timelines = new TimelineReader(reading);
    }

    List<Experiment> experiments(YamlNode n) {
        List<Experiment> out = new ArrayList<>();
        Optional<SeqNode> seq = reading.list(n, "x-sim.experiments", "experiments with name, services, commands");
        if (seq.isEmpty()) {
            return out;
        }
        Map<String, Location> names = new HashMap<>();
        for (int i = 0; i < seq.get().items().size(); i++) {
            String p = "x-sim.experiments[" + i + "]";
            Optional<MapNode> m = reading.map(seq.get().items().get(i), p);
            if (m.isEmpty()) {
                continue;
            }
            experiment(m.get(), p, names).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Experiment> experiment(MapNode m, String p, Map<String, Location> names) {
        reading.checkKeys(m, p, KEYS, ComposeKeys.NONE);
        Optional<YamlNode> nameNode = m.get("name");
        if (nameNode.isEmpty()) {
            reading.error(m.location(), p + " has no name; expected 'name:'");
            return Optional.empty();
        }
        Optional<String> name = reading.string(nameNode.get(), p + ".name");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (!Text.printable(name.get())) {
            reading.error(nameNode.get().location(), p + ".name '" + Text.clip(name.get())
                + "' holds a control character or line break; expected a name on one line");
            return Optional.empty();
        }
        Location first = names.putIfAbsent(name.get(), nameNode.get().location());
        if (first != null) {
            reading.error(nameNode.get().location(), "experiment name '" + Text.clip(name.get())
                + "' is already used at " + first + "; expected unique experiment names");
        }
        String path = "x-sim.experiments." + name.get();
        String description = m.get("description").flatMap(v -> reading.string(v, path + ".description")).orElse("");
        Map<String, ServiceOverride> overrides = new LinkedHashMap<>();
        m.get("services").flatMap(v -> reading.mapOrEmpty(v, path + ".services")).ifPresent(sm -> {
            for (Entry e : sm.entries()) {
                override(e, path + ".services." + e.key(), name.get()).ifPresent(o -> overrides.put(e.key(), o));
            }
        });
        List<CommandSpec> commands = new ArrayList<>();
        m.get("commands").flatMap(v -> reading.list(v, path + ".commands", "commands with from and run"))
            .ifPresent(seq -> {
                for (int i = 0; i < seq.items().size(); i++) {
                    command(seq.items().get(i), path + ".commands[" + i + "]").ifPresent(commands::add);
                }
            });
        long runs = commands.stream().mapToLong(CommandSpec::times).sum();
        if (runs > MAX_RUNS) {
            reading.error(nameNode.get().location(), "experiment '" + name.get() + "' runs " + runs
                + " commands in all (the sum of its times); expected at most " + MAX_RUNS);
        }
        Timeline timeline = timelines.read(m, path);
        return Optional.of(new Experiment(name.get(), description, overrides, commands, nameNode.get().location(), timeline));
    }

    private Optional<ServiceOverride> override(Entry e, String path, String experiment) {
        Optional<MapNode> om = reading.mapOrEmpty(e.value(), path);
        if (om.isEmpty()) {
            return Optional.empty();
        }
        MapNode m = om.get();
        reading.checkKeys(m, path, OVERRIDE_KEYS, ComposeKeys.NONE);
        Optional<EndpointMode> em = m.get("endpoint_mode")
            .flatMap(v -> reading.choice(v, path + ".endpoint_mode", ComposeReader.ENDPOINT_MODES));
        Optional<List<PortConfig>> portList = Optional.empty();
        if (m.get("ports").isPresent()) {
            Optional<List<Located<PortConfig>>> located = ports.list(m.get("ports").get(), path + ".ports");
            located.ifPresent(l -> sources.overridePorts.computeIfAbsent(experiment, k -> new HashMap<>())
                .put(e.key(), l.stream().map(Located::location).toList()));
            portList = located.map(l -> l.stream().map(Located::value).toList());
        }
        Optional<Integer> replicas = m.get("replicas").flatMap(v -> reading.intValue(v, path + ".replicas", 0,
            100_000, "a non-negative integer (at most 100000)"));
        Optional<String> image = m.get("image").flatMap(v -> reading.string(v, path + ".image"));
        return Optional.of(new ServiceOverride(em, portList, replicas, image, e.keyLocation()));
    }

    private Optional<CommandSpec> command(YamlNode n, String path) {
        Optional<MapNode> om = reading.checkedMap(n, path, COMMAND_KEYS);
        if (om.isEmpty()) {
            return Optional.empty();
        }
        MapNode m = om.get();
        Optional<String> from = field(m, "from", path, "a task such as client.1 or a node name");
        Optional<String> run = field(m, "run", path, "a command line such as 'dig vote'");
        Optional<Integer> times = m.get("times").map(v -> reading.intValue(v, path + ".times", 1, MAX_RUNS,
            "an integer from 1 to " + MAX_RUNS)).orElse(Optional.of(1));
        if (from.isEmpty() || run.isEmpty() || times.isEmpty()) {
            return Optional.empty();
        }
        if (run.get().isBlank()) {
            reading.error(m.get("run").get().location(), path + ".run is blank; expected a command line");
            return Optional.empty();
        }
        return Optional.of(new CommandSpec(from.get(), run.get().strip(), times.get(), m.location()));
    }

    private Optional<String> field(MapNode m, String key, String path, String expected) {
        Optional<YamlNode> v = m.get(key);
        if (v.isEmpty()) {
            reading.error(m.location(), path + " has no " + key + "; expected '" + key + ":' with " + expected);
            return Optional.empty();
        }
        return reading.string(v.get(), path + "." + key);
    }
}
