package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.Entry;
import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.ScalarNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the compose part of a stack file: {@code version}, {@code services} and their keys. */
final class ComposeReader {
    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]*");
    static final Map<String, Mode> MODES = Words.of(Mode.class, Mode::text);
    static final Map<String, EndpointMode> ENDPOINT_MODES = Words.of(EndpointMode.class, EndpointMode::text);
    private static final Pattern VERSION_3 = Pattern.compile("3(\\.[0-9]+)?");

    private final Reading reading;
    private final Sources sources;
    private final PortParser ports;

    ComposeReader(Reading reading, Sources sources) {
        this.reading = reading;
        this.sources = sources;
        this.ports = new PortParser(reading);
    }

    Optional<String> version(MapNode root) {
        Optional<YamlNode> v = root.get("version");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof ScalarNode s && !s.isNull() && s.kind() != YamlNode.Kind.STRING) {
            reading.error(v.get().location(), "version must be a string (docker stack deploy refuses the number " + Text.clip(s.text())
                + "); expected it quoted: version: \"" + Text.clip(s.text()) + "\"");
            return Optional.empty();
        }
        Optional<String> text = reading.string(v.get(), "version");
        if (text.isPresent() && !VERSION_3.matcher(text.get()).matches()) {
            reading.error(v.get().location(), "compose file version '" + Text.clip(text.get())
                + "' is not supported by docker stack deploy; expected 3 or 3.x");
            return Optional.empty();
        }
        return text;
    }

    /** The services in file order; a missing or empty {@code services} map is an error. */
    List<Service> services(MapNode root) {
        Optional<Entry> entry = root.entry("services");
        if (entry.isEmpty()) {
            reading.error(root.location(), "no 'services' at top level; expected a map of services");
            return List.of();
        }
        Optional<MapNode> m = reading.map(entry.get().value(), "services");
        if (m.isEmpty()) {
            return List.of();
        }
        if (m.get().entries().isEmpty()) {
            reading.error(entry.get().keyLocation(), "services is empty; expected at least one service");
        }
        List<Service> out = new ArrayList<>();
        for (Entry e : m.get().entries()) {
            service(e).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Service> service(Entry e) {
        String name = e.key();
        String path = "services." + name;
        if (!NAME.matcher(name).matches()) {
            reading.error(e.keyLocation(), "service name '" + Text.clip(name)
                + "' is not valid; expected letters, digits, '-' and '_', starting with a letter or digit");
        }
        Optional<MapNode> om = reading.mapOrEmpty(e.value(), path);
        if (om.isEmpty()) {
            return Optional.empty();
        }
        MapNode m = om.get();
        int before = reading.problems().count();
        reading.checkKeys(m, path, ComposeKeys.SERVICE, ComposeKeys.SERVICE_IGNORED);
        Optional<String> image = Optional.empty();
        if (m.get("image").isEmpty()) {
            reading.error(e.keyLocation(), "service '" + Text.clip(name) + "' has no image; expected an 'image' key");
        } else {
            image = reading.string(m.get("image").get(), path + ".image");
        }
        List<String> command = m.get("command").flatMap(n -> command(n, path + ".command")).orElse(List.of());
        Deploy deploy = m.get("deploy").map(n -> deploy(n, path + ".deploy")).orElse(Deploy.DEFAULT);
        sources.placement.put(name, deploy.placementAt().orElse(e.keyLocation()));
        List<Located<PortConfig>> portList = m.get("ports").flatMap(n -> ports.list(n, path + ".ports"))
            .orElse(List.of());
        sources.servicePorts.put(name, portList.stream().map(Located::location).toList());
        List<NetworkAttachment> nets = m.get("networks").map(n -> networks(n, path + ".networks"))
            .orElse(List.of());
        ServiceDns dns = new ServiceDnsReader(reading).read(m, path);
        if (reading.problems().count() > before || image.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Service(name, image.get(), command, deploy.mode(), deploy.replicas(),
            deploy.endpointMode(), portList.stream().map(Located::value).toList(), nets, deploy.constraints(),
            e.keyLocation(), Map.of(), dns));
    }

    private Optional<List<String>> command(YamlNode n, String path) {
        if (n instanceof ScalarNode s && !s.isNull()) {
            Optional<List<String>> words = ShellWords.split(s.text());
            if (words.isEmpty()) {
                reading.error(n.location(), path + " has an unclosed quote; expected matching ' or \" quotes");
            }
            return words;
        }
        return reading.strings(n, path, false);
    }

    /** The simulated parts of {@code deploy}. */
    private record Deploy(Mode mode, int replicas, EndpointMode endpointMode, List<Constraint> constraints,
                          Optional<Location> placementAt) {
        static final Deploy DEFAULT = new Deploy(Mode.REPLICATED, 1, EndpointMode.VIP, List.of(), Optional.empty());
    }

    private Deploy deploy(YamlNode n, String path) {
        Optional<MapNode> om = reading.mapOrEmpty(n, path);
        if (om.isEmpty()) {
            return Deploy.DEFAULT;
        }
        MapNode m = om.get();
        reading.checkKeys(m, path, ComposeKeys.DEPLOY, ComposeKeys.DEPLOY_IGNORED);
        Mode mode = m.get("mode").flatMap(v -> reading.choice(v, path + ".mode", MODES)).orElse(Mode.REPLICATED);
        int replicas = m.get("replicas").flatMap(v -> reading.intValue(v, path + ".replicas", 0, 100_000,
            "a non-negative integer (at most 100000)")).orElse(1);
        if (mode.isGlobal() && m.get("replicas").isPresent()) {
            reading.error(m.entry("replicas").get().keyLocation(), path + ".replicas is set for a global service; "
                + "expected replicas only with mode replicated or replicated-job");
        }
        EndpointMode em = m.get("endpoint_mode").flatMap(v -> reading.choice(v, path + ".endpoint_mode",
            ENDPOINT_MODES)).orElse(EndpointMode.VIP);
        List<Constraint> constraints = new ArrayList<>();
        Optional<Location> placementAt = Optional.empty();
        Optional<MapNode> placement = m.get("placement").flatMap(v -> reading.mapOrEmpty(v, path + ".placement"));
        if (placement.isPresent()) {
            reading.checkKeys(placement.get(), path + ".placement", ComposeKeys.PLACEMENT,
                ComposeKeys.PLACEMENT_IGNORED);
            Optional<YamlNode> cs = placement.get().get("constraints");
            if (cs.isPresent()) {
                placementAt = Optional.of(cs.get().location());
                constraints(cs.get(), path + ".placement.constraints", constraints);
            }
        }
        return new Deploy(mode, replicas, em, constraints, placementAt);
    }

    private void constraints(YamlNode n, String path, List<Constraint> out) {
        Optional<SeqNode> seq = reading.list(n, path, "constraints such as 'node.hostname == node1'");
        if (seq.isEmpty()) {
            return;
        }
        for (int i = 0; i < seq.get().items().size(); i++) {
            YamlNode item = seq.get().items().get(i);
            String p = path + "[" + i + "]";
            reading.string(item, p).flatMap(s -> ConstraintParser.parse(s, item.location(), p, reading.problems()))
                .ifPresent(out::add);
        }
    }

    private List<NetworkAttachment> networks(YamlNode n, String path) {
        List<NetworkAttachment> out = new ArrayList<>();
        if (n instanceof ScalarNode s && s.isNull()) {
            return out;
        }
        if (n instanceof SeqNode seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                YamlNode item = seq.items().get(i);
                reading.string(item, path + "[" + i + "]")
                    .ifPresent(s -> out.add(new NetworkAttachment(s, List.of(), item.location())));
            }
            return out;
        }
        if (!(n instanceof MapNode m)) {
            reading.error(n.location(), path + " is " + n.describe()
                + "; expected a list of network names or a map of network name to options");
            return out;
        }
        for (Entry e : m.entries()) {
            String p = path + "." + e.key();
            Optional<MapNode> opts = reading.mapOrEmpty(e.value(), p);
            if (opts.isEmpty()) {
                continue;
            }
            reading.checkKeys(opts.get(), p, ComposeKeys.SERVICE_NETWORK, ComposeKeys.SERVICE_NETWORK_IGNORED);
            List<String> aliases = opts.get().get("aliases").flatMap(a -> reading.strings(a, p + ".aliases", false))
                .orElse(List.of());
            for (String alias : aliases) {
                try {
                    io.swarmsim.kernel.dns.DnsNames.labels(io.swarmsim.kernel.dns.DnsNames.canonical(alias));
                } catch (IllegalArgumentException bad) {
                    reading.error(opts.get().get("aliases").get().location(), p + ".aliases: '" + Text.clip(alias)
                        + "' is not a DNS name (" + bad.getMessage() + "); expected labels of letters, digits and '-' joined by '.'");
                }
            }
            out.add(new NetworkAttachment(e.key(), aliases, e.keyLocation()));
        }
        return out;
    }
}
