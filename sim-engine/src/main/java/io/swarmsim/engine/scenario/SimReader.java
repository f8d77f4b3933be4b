package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.Entry;
import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the top-level {@code x-sim} block: docker version, seed, nodes, upstream DNS, images, experiments. */
final class SimReader {
    private static final Set<String> KEYS =
        Set.of("docker_version", "deployed_with", "seed", "nodes", "networks", "upstream_dns", "images", "services", "experiments");
    private static final Set<String> NODE_KEYS = Set.of("name", "role", "address", "labels", "platform");
    private static final Set<String> PLATFORM_KEYS = Set.of("os", "arch");
    private static final Set<String> IMAGE_KEYS =
        Set.of("resolver", "ping", "ipv6_link_local", "http_client", "description", "serves");
    private static final Pattern VERSION = Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})(\\.[0-9]{1,3})?");
    private static final Pattern NODE_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9.-]*");
    private static final Map<String, Role> ROLES = Words.of(Role.class, Role::text);
    private static final Map<String, StackDeploy.DeployedWith> DEPLOYED_WITH =
        Words.of(StackDeploy.DeployedWith.class, StackDeploy.DeployedWith::text);

    /** The x-sim block as read; {@code nodes} is empty when the file lists none. */
    record Draft(String dockerVersion, StackDeploy.DeployedWith deployedWith, long seed, Optional<List<NodeDef>> nodes, Location nodesAt,
                 List<IpAddress> upstreamDns, Map<String, ImageOverride> images, Map<String, List<ServerSpec>> serves,
                 List<Experiment> experiments, List<NetworkDef> existingNetworks) {
    }

    private final Reading reading;
    private final ExperimentReader experiments;
    private final ServesReader serves;
    private final NetworkReader networks;

    SimReader(Reading reading, Sources sources) {
        this.reading = reading;
        this.networks = new NetworkReader(reading, sources);
        this.experiments = new ExperimentReader(reading, sources);
        this.serves = new ServesReader(reading);
    }

    Draft read(MapNode root) {
        Optional<Entry> entry = root.entry("x-sim");
        Optional<MapNode> om = entry.flatMap(e -> reading.mapOrEmpty(e.value(), "x-sim"));
        MapNode m = om.orElse(new MapNode(root.location(), List.of()));
        reading.checkKeys(m, "x-sim", KEYS, ComposeKeys.NONE);
        String version = m.get("docker_version").flatMap(this::dockerVersion)
            .orElse(SimSettings.DEFAULT_DOCKER_VERSION);
        StackDeploy.DeployedWith deployedWith = m.get("deployed_with")
            .flatMap(n -> reading.choice(n, "x-sim.deployed_with", DEPLOYED_WITH)).orElse(StackDeploy.DeployedWith.STACK);
        long seed = m.get("seed").flatMap(n -> reading.integer(n, "x-sim.seed", Long.MIN_VALUE, Long.MAX_VALUE,
            "an integer")).orElse(SimSettings.DEFAULT_SEED);
        Optional<List<NodeDef>> nodes = m.get("nodes").map(this::nodes);
        Location nodesAt = m.get("nodes").map(YamlNode::location).orElse(m.location());
        List<IpAddress> dns = m.get("upstream_dns").map(this::upstream).orElse(List.of());
        Map<String, ImageOverride> images = m.get("images").map(this::images).orElse(Map.of());
        List<Experiment> exps = m.get("experiments").map(experiments::experiments).orElse(List.of());
        Map<String, List<ServerSpec>> byService = m.get("services").map(serves::services).orElse(Map.of());
        List<NetworkDef> existing = networks.networks(m.get("networks"), "x-sim.networks");
        existing.stream().filter(NetworkDef::external).forEach(d -> reading.error(d.location(),
            "x-sim.networks." + d.name() + " is external; expected the settings of a network that exists before the stack (driver, ipam)"));
        return new Draft(version, deployedWith, seed, nodes, nodesAt, dns, images, byService, exps, existing);
    }

    /** 1.12 and 1.13, the YY.MM releases (17.03 to 22.06), and the major releases from 23.0; each with an optional patch. */
    static boolean releasedVersion(String v) {
        Matcher m = VERSION.matcher(v);
        if (!m.matches()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        String minor = m.group(2);
        if (major == 1) {
            return minor.equals("12") || minor.equals("13");
        }
        if (major >= 17 && major <= 22) {
            int month = Integer.parseInt(minor);
            return minor.length() == 2 && month >= 1 && month <= 12 && (major > 17 || month >= 3);
        }
        return major >= 23 && (minor.equals("0") || !minor.startsWith("0"));
    }

    private Optional<String> dockerVersion(YamlNode n) {
        Optional<String> v = reading.string(n, "x-sim.docker_version");
        if (v.isEmpty()) {
            return v;
        }
        if (!releasedVersion(v.get())) {
            reading.error(n.location(), "docker_version '" + Text.clip(v.get()) + "' is not supported; "
                + "expected a Docker release from 1.12 on: 1.12, 1.13, YY.MM from 17.03 to 22.06 (such as 18.06), or 23.0 and later");
            return Optional.empty();
        }
        return v;
    }

    /** A node's labels: a map of strings, or a list of {@code key=value} as docker node update takes them. */
    private Map<String, String> labels(YamlNode n, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n instanceof MapNode m) {
            for (Entry e : m.entries()) {
                String v = e.value() instanceof YamlNode.ScalarNode s && !s.isNull() ? s.text() : "";
                out.put(e.key(), v);
            }
            return out;
        }
        reading.strings(n, path, false).ifPresent(list -> list.forEach(kv -> {
            int eq = kv.indexOf('=');
            out.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
        }));
        return out;
    }

    private List<NodeDef> nodes(YamlNode n) {
        List<NodeDef> out = new ArrayList<>();
        Optional<SeqNode> seq = reading.list(n, "x-sim.nodes", "nodes with name, role and address");
        if (seq.isEmpty()) {
            return out;
        }
        Map<String, Location> names = new HashMap<>();
        Map<IpAddress, Location> addresses = new HashMap<>();
        for (int i = 0; i < seq.get().items().size(); i++) {
            String p = "x-sim.nodes[" + i + "]";
            Optional<MapNode> m = reading.map(seq.get().items().get(i), p);
            if (m.isEmpty()) {
                continue;
            }
            reading.checkKeys(m.get(), p, NODE_KEYS, ComposeKeys.NONE);
            Optional<String> name = required(m.get(), "name", p).flatMap(v -> nodeName(v, p + ".name"));
            Role role = m.get().get("role").flatMap(v -> reading.choice(v, p + ".role", ROLES)).orElse(Role.WORKER);
            Optional<IpAddress> address = required(m.get(), "address", p)
                .flatMap(v -> ipv4(v, p + ".address"));
            if (name.isPresent()) {
                Location first = names.putIfAbsent(name.get(), m.get().get("name").get().location());
                if (first != null) {
                    reading.error(m.get().get("name").get().location(), "node name '" + name.get()
                        + "' is already used at " + first + "; expected unique node names");
                }
            }
            if (address.isPresent()) {
                Location first = addresses.putIfAbsent(address.get(), m.get().get("address").get().location());
                if (first != null) {
                    reading.error(m.get().get("address").get().location(), "node address " + address.get()
                        + " is already used at " + first + "; expected unique node addresses");
                }
            }
            if (name.isPresent() && address.isPresent()) {
                MapNode f = m.get();
                Map<String, String> labels = f.get("labels").map(v -> labels(v, p + ".labels")).orElse(Map.of());
                Optional<MapNode> platform = f.get("platform").flatMap(v -> reading.map(v, p + ".platform"));
                platform.ifPresent(pm -> reading.checkKeys(pm, p + ".platform", PLATFORM_KEYS, ComposeKeys.NONE));
                String os = platform.flatMap(pm -> pm.get("os")).flatMap(v -> reading.string(v, p + ".platform.os")).orElse(NodeDef.DEFAULT_OS);
                String arch = platform.flatMap(pm -> pm.get("arch")).flatMap(v -> reading.string(v, p + ".platform.arch"))
                    .orElse(NodeDef.DEFAULT_ARCH);
                out.add(new NodeDef(name.get(), role, address.get(), labels, os, arch));
            }
        }
        if (seq.get().items().isEmpty()) {
            reading.error(n.location(), "x-sim.nodes is empty; expected at least one node (a manager)");
        } else if (out.size() == seq.get().items().size() && out.stream().noneMatch(d -> d.role() == Role.MANAGER)) {
            reading.error(n.location(), "x-sim.nodes has no manager; expected at least one node with role: manager");
        }
        return out;
    }

    private Optional<YamlNode> required(MapNode m, String key, String path) {
        Optional<YamlNode> v = m.get(key);
        if (v.isEmpty()) {
            reading.error(m.location(), path + " has no " + key + "; expected '" + key + ":'");
        }
        return v;
    }

    private Optional<String> nodeName(YamlNode n, String path) {
        Optional<String> s = reading.string(n, path);
        if (s.isPresent() && !NODE_NAME.matcher(s.get()).matches()) {
            reading.error(n.location(), path + " '" + Text.clip(s.get()) + "' is not a hostname; "
                + "expected letters, digits, '-' and '.'");
            return Optional.empty();
        }
        return s;
    }

    private Optional<IpAddress> ipv4(YamlNode n, String path) {
        Optional<String> s = reading.string(n, path);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.get().indexOf(':') < 0 && IpAddress.isValid(s.get())) {
            return Optional.of(IpAddress.parse(s.get()));
        }
        reading.error(n.location(), path + " '" + Text.clip(s.get()) + "' is not an IPv4 address; "
            + "expected dotted quad such as 192.168.99.100");
        return Optional.empty();
    }

    private List<IpAddress> upstream(YamlNode n) {
        List<IpAddress> out = new ArrayList<>();
        reading.list(n, "x-sim.upstream_dns", "IPv4 addresses").ifPresent(seq -> {
            for (int i = 0; i < seq.items().size(); i++) {
                ipv4(seq.items().get(i), "x-sim.upstream_dns[" + i + "]").ifPresent(out::add);
            }
        });
        return out;
    }

    private Map<String, ImageOverride> images(YamlNode n) {
        Map<String, ImageOverride> out = new LinkedHashMap<>();
        Optional<MapNode> m = reading.mapOrEmpty(n, "x-sim.images");
        if (m.isEmpty()) {
            return out;
        }
        for (Entry e : m.get().entries()) {
            String p = "x-sim.images." + e.key();
            Optional<MapNode> o = reading.mapOrEmpty(e.value(), p);
            if (o.isEmpty()) {
                continue;
            }
            reading.checkKeys(o.get(), p, IMAGE_KEYS, ComposeKeys.NONE);
            MapNode f = o.get();
            out.put(e.key(), new ImageOverride(
                f.get("resolver").flatMap(v -> reading.choice(v, p + ".resolver",
                    Words.of(ResolverKind.class, ResolverKind::text))),
                f.get("ping").flatMap(v -> reading.choice(v, p + ".ping", Words.of(PingKind.class, PingKind::text))),
                f.get("ipv6_link_local").flatMap(v -> reading.bool(v, p + ".ipv6_link_local")),
                f.get("http_client").flatMap(v -> reading.choice(v, p + ".http_client",
                    Words.of(HttpClientKind.class, HttpClientKind::text))),
                f.get("description").flatMap(v -> reading.string(v, p + ".description")),
                f.get("serves").map(v -> serves.serves(v, p + ".serves")),
                e.keyLocation()));
        }
        return out;
    }
}
