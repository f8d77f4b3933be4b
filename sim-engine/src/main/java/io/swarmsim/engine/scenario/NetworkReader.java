package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.Entry;
import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import io.swarmsim.kernel.net.Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the top-level {@code networks} map: overlay networks and their IPAM subnets. */
final class NetworkReader {
    static final String OVERLAY = "overlay";

    private final Reading reading;
    private final Sources sources;

    NetworkReader(Reading reading, Sources sources) {
        this.reading = reading;
        this.sources = sources;
    }

    List<NetworkDef> networks(MapNode root) {
        return networks(root.get("networks"), "networks");
    }

    /** The networks of a map at {@code path}: the file's top-level ones, or x-sim's existing ones. */
    List<NetworkDef> networks(Optional<YamlNode> node, String path) {
        Optional<MapNode> m = node.flatMap(n -> reading.mapOrEmpty(n, path));
        List<NetworkDef> out = new ArrayList<>();
        m.ifPresent(map -> map.entries().forEach(e -> network(e, path).ifPresent(out::add)));
        return out;
    }

    private Optional<NetworkDef> network(Entry e, String parent) {
        String name = e.key();
        String path = parent + "." + name;
        if (!ComposeReader.NAME.matcher(name).matches()) {
            reading.error(e.keyLocation(), "network name '" + Text.clip(name)
                + "' is not valid; expected letters, digits, '-' and '_', starting with a letter or digit");
        } else if (name.equals("ingress") || name.equals("docker_gwbridge")) {
            reading.error(e.keyLocation(), "network name '" + name + "' is reserved by swarm; expected another name");
        }
        Optional<MapNode> om = reading.mapOrEmpty(e.value(), path);
        if (om.isEmpty()) {
            return Optional.empty();
        }
        MapNode m = om.get();
        int before = reading.problems().count();
        reading.checkKeys(m, path, ComposeKeys.NETWORK, ComposeKeys.NETWORK_IGNORED);
        Optional<String> explicitName = m.get("name").flatMap(v -> reading.string(v, path + ".name"));
        boolean external = false;
        Optional<YamlNode> ext = m.get("external");
        if (ext.isPresent() && ext.get() instanceof MapNode legacy) {
            // compose 3.0-3.4: external: {name: X}
            reading.checkKeys(legacy, path + ".external", java.util.Set.of("name"), ComposeKeys.NONE);
            external = true;
            Optional<String> legacyName = legacy.get("name").flatMap(v -> reading.string(v, path + ".external.name"));
            if (legacyName.isPresent()) {
                explicitName = legacyName;
            }
        } else if (ext.isPresent()) {
            external = reading.bool(ext.get(), path + ".external").orElse(false);
        }
        if (external) {
            for (String k : List.of("driver", "driver_opts", "ipam", "internal", "attachable", "labels")) {
                m.entry(k).ifPresent(c -> reading.error(c.keyLocation(), "conflicting parameters \"external\" and \"" + k
                    + "\" specified for network \"" + name + "\"; expected an external network with no settings of its own"));
            }
        }
        String driver = OVERLAY;
        Optional<YamlNode> d = m.get("driver");
        if (d.isPresent()) {
            driver = reading.string(d.get(), path + ".driver").orElse(OVERLAY);
            if (driver.equals("bridge") || driver.equals("host")) {
                reading.error(d.get().location(), path + " uses driver '" + driver
                    + "', which swarm services cannot use; expected overlay");
            } else if (!driver.equals(OVERLAY)) {
                reading.error(d.get().location(), path + " uses unsupported driver '" + Text.clip(driver)
                    + "'; expected overlay");
            }
        }
        boolean attachable = m.get("attachable").flatMap(a -> reading.bool(a, path + ".attachable")).orElse(false);
        List<Located<Prefix>> subnets = m.get("ipam").map(i -> ipam(i, path + ".ipam")).orElse(List.of());
        sources.subnets.put(name, subnets.stream().map(Located::location).toList());
        if (reading.problems().count() > before) {
            return Optional.empty();
        }
        return Optional.of(new NetworkDef(name, driver, subnets.stream().map(Located::value).toList(), attachable,
            e.keyLocation(), external, explicitName));
    }

    private List<Located<Prefix>> ipam(YamlNode n, String path) {
        List<Located<Prefix>> out = new ArrayList<>();
        Optional<MapNode> m = reading.mapOrEmpty(n, path);
        if (m.isEmpty()) {
            return out;
        }
        reading.checkKeys(m.get(), path, ComposeKeys.IPAM, ComposeKeys.IPAM_IGNORED);
        Optional<YamlNode> config = m.get().get("config");
        if (config.isEmpty()) {
            return out;
        }
        Optional<SeqNode> seq = reading.list(config.get(), path + ".config", "maps with a subnet");
        if (seq.isEmpty()) {
            return out;
        }
        for (int i = 0; i < seq.get().items().size(); i++) {
            String p = path + ".config[" + i + "]";
            Optional<MapNode> c = reading.map(seq.get().items().get(i), p);
            if (c.isEmpty()) {
                continue;
            }
            reading.checkKeys(c.get(), p, ComposeKeys.IPAM_CONFIG, ComposeKeys.IPAM_CONFIG_IGNORED);
            Optional<YamlNode> s = c.get().get("subnet");
            if (s.isPresent()) {
                reading.string(s.get(), p + ".subnet").flatMap(t -> subnet(t, s.get().location(), p + ".subnet"))
                    .ifPresent(prefix -> out.add(new Located<>(prefix, s.get().location())));
            }
        }
        return out;
    }

    /** An IPv4 CIDR whose host bits are zero. */
    private Optional<Prefix> subnet(String text, Location at, String path) {
        Prefix p;
        try {
            if (text.indexOf('/') < 0) {
                throw new IllegalArgumentException("no prefix length");
            }
            p = Prefix.parse(text);
        } catch (IllegalArgumentException ex) {
            reading.error(at, path + " '" + Text.clip(text) + "' is not a subnet; expected IPv4 CIDR such as 10.0.0.0/24");
            return Optional.empty();
        }
        if (!p.address().isV4()) {
            reading.error(at, path + " '" + Text.clip(text) + "' is IPv6; expected IPv4 CIDR such as 10.0.0.0/24");
            return Optional.empty();
        }
        if (!p.network().equals(p)) {
            reading.error(at, path + " '" + text + "' has host bits set; expected " + p.network());
            return Optional.empty();
        }
        return Optional.of(p);
    }
}
