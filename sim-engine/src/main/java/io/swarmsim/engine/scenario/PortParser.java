package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.ScalarNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code ports} list in compose short syntax ({@code "8080:80"}, {@code "80"}, {@code "53:53/udp"},
 * ranges {@code "8000-8001:80-81"}) and long syntax ({@code target}, {@code published}, {@code protocol},
 * {@code mode}).
 */
final class PortParser {
    static final String SHORT_FORM = "expected [published:]target[/tcp|udp] with ports 1-65535";
    private static final Map<String, Transport> PROTOCOLS = Words.of(Transport.class, Transport::text);
    private static final Map<String, PublishMode> MODES = Words.of(PublishMode.class, PublishMode::text);

    private final Reading reading;

    PortParser(Reading reading) {
        this.reading = reading;
    }

    /** Every port of the list with the place of the entry that declared it; empty if the list is unusable. */
    Optional<List<Located<PortConfig>>> list(YamlNode node, String path) {
        Optional<SeqNode> seq = reading.list(node, path, "ports such as \"8080:80\"");
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<Located<PortConfig>> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.get().items().size(); i++) {
            YamlNode item = seq.get().items().get(i);
            Optional<List<PortConfig>> ports = entry(item, path + "[" + i + "]");
            ok &= ports.isPresent();
            ports.ifPresent(ps -> ps.forEach(p -> out.add(new Located<>(p, item.location()))));
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private Optional<List<PortConfig>> entry(YamlNode item, String path) {
        if (item instanceof MapNode m) {
            return longSyntax(m, path).map(List::of);
        }
        if (item instanceof ScalarNode s && (s.kind() == YamlNode.Kind.INT || s.kind() == YamlNode.Kind.STRING)) {
            return shortSyntax(s.text().strip(), item.location(), path);
        }
        reading.error(item.location(), path + " is " + item.describe() + "; " + SHORT_FORM
            + " or a map with target, published, protocol, mode");
        return Optional.empty();
    }

    private Optional<List<PortConfig>> shortSyntax(String text, Location at, String path) {
        String what = path + " '" + Text.clip(text) + "'";
        Transport proto = Transport.TCP;
        String ports = text;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            String p = text.substring(slash + 1);
            if (!PROTOCOLS.containsKey(p)) {
                reading.error(at, what + " has protocol '" + Text.clip(p) + "'; expected tcp or udp");
                return Optional.empty();
            }
            proto = PROTOCOLS.get(p);
            ports = text.substring(0, slash);
        }
        String[] parts = ports.split(":", -1);
        if (parts.length == 3 && !parts[0].isEmpty()) {
            // docker stack deploy warns "ignoring IP-address (...) service will listen on '0.0.0.0'" and drops it
            reading.notSimulated(path + " host IP " + parts[0] + " (ignored, as Docker does: the service listens on 0.0.0.0)", at);
            parts = new String[] {parts[1], parts[2]};
        }
        if (parts.length > 2) {
            reading.error(at, what + " has " + (parts.length - 1) + " colons; " + SHORT_FORM);
            return Optional.empty();
        }
        Optional<int[]> target = range(parts[parts.length - 1], 1, what, "target", at);
        Optional<int[]> published = parts.length == 2 ? range(parts[0], 1, what, "published", at)
            : Optional.of(new int[0]);
        if (target.isEmpty() || published.isEmpty()) {
            return Optional.empty();
        }
        int[] t = target.get();
        int[] p = published.get();
        if (p.length != 0 && p.length != t.length) {
            reading.error(at, what + " maps " + p.length + " published ports to " + t.length
                + " target ports; expected ranges of the same length");
            return Optional.empty();
        }
        List<PortConfig> out = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            out.add(new PortConfig(t[i], p.length == 0 ? 0 : p[i], proto, PublishMode.INGRESS));
        }
        return Optional.of(out);
    }

    /** {@code "80"} or {@code "8000-8010"}: the ports, each in min..65535. */
    private Optional<int[]> range(String text, int min, String what, String role, Location at) {
        int dash = text.indexOf('-');
        Optional<Integer> lo = number(dash < 0 ? text : text.substring(0, dash), min, what, role, at);
        Optional<Integer> hi = dash < 0 ? lo : number(text.substring(dash + 1), min, what, role, at);
        if (lo.isEmpty() || hi.isEmpty()) {
            return Optional.empty();
        }
        if (hi.get() < lo.get()) {
            reading.error(at, what + " has the " + role + " range " + Text.clip(text) + " going down; "
                + "expected low-high");
            return Optional.empty();
        }
        int[] out = new int[hi.get() - lo.get() + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = lo.get() + i;
        }
        return Optional.of(out);
    }

    private Optional<Integer> number(String text, int min, String what, String role, Location at) {
        if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            reading.error(at, what + " has " + role + " port '" + Text.clip(text) + "', not a number; " + SHORT_FORM);
            return Optional.empty();
        }
        int v = Integer.parseInt(text);
        if (v < min || v > 65535) {
            reading.error(at, what + " has " + role + " port " + v + " out of range; " + SHORT_FORM);
            return Optional.empty();
        }
        return Optional.of(v);
    }

    private Optional<PortConfig> longSyntax(MapNode m, String path) {
        reading.checkKeys(m, path, ComposeKeys.PORT, ComposeKeys.NONE);
        Optional<YamlNode> targetNode = m.get("target");
        if (targetNode.isEmpty()) {
            reading.error(m.location(), path + " has no target; expected 'target: PORT' (1-65535)");
            return Optional.empty();
        }
        Optional<Integer> target = reading.intValue(targetNode.get(), path + ".target", 1, 65535,
            "a port number 1-65535");
        Optional<Integer> published = m.get("published").map(n -> reading.intValue(n, path + ".published", 0, 65535,
            "a port number 1-65535 (0 or absent for none)")).orElse(Optional.of(0));
        Optional<Transport> proto = m.get("protocol").map(n -> reading.choice(n, path + ".protocol", PROTOCOLS))
            .orElse(Optional.of(Transport.TCP));
        Optional<PublishMode> mode = m.get("mode").map(n -> reading.choice(n, path + ".mode", MODES))
            .orElse(Optional.of(PublishMode.INGRESS));
        if (target.isEmpty() || published.isEmpty() || proto.isEmpty() || mode.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PortConfig(target.get(), published.get(), proto.get(), mode.get()));
    }
}
