package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a task serves: {@code serves: [{protocol: http|tcp, port: N, response: TEMPLATE}]}, under
 * {@code x-sim.images.<image>} or {@code x-sim.services.<service>}.
 */
final class ServesReader {
    private static final Set<String> SERVER_KEYS = Set.of("protocol", "port", "response");
    private static final Set<String> SERVICE_KEYS = Set.of("serves");
    private static final Map<String, ServerSpec.Protocol> PROTOCOLS = Map.of("http", ServerSpec.Protocol.HTTP, "tcp", ServerSpec.Protocol.TCP);

    private final Reading reading;

    ServesReader(Reading reading) {
        this.reading = reading;
    }

    /** {@code x-sim.services}: per service name, what its tasks serve. */
    Map<String, List<ServerSpec>> services(YamlNode n) {
        Map<String, List<ServerSpec>> out = new LinkedHashMap<>();
        Optional<MapNode> m = reading.mapOrEmpty(n, "x-sim.services");
        if (m.isEmpty()) {
            return out;
        }
        for (YamlNode.Entry e : m.get().entries()) {
            String p = "x-sim.services." + e.key();
            reading.mapOrEmpty(e.value(), p).ifPresent(s -> {
                reading.checkKeys(s, p, SERVICE_KEYS, ComposeKeys.NONE);
                s.get("serves").ifPresent(v -> out.put(e.key(), serves(v, p + ".serves")));
            });
        }
        return out;
    }

    /** A list of servers (or one, as a map). */
    List<ServerSpec> serves(YamlNode n, String path) {
        List<ServerSpec> out = new ArrayList<>();
        if (n instanceof MapNode one) {
            server(one, path).ifPresent(out::add);
            return out;
        }
        Optional<SeqNode> seq = reading.list(n, path, "servers ({protocol, port, response})");
        seq.ifPresent(s -> {
            for (int i = 0; i < s.items().size(); i++) {
                String p = path + "[" + i + "]";
                reading.map(s.items().get(i), p).flatMap(m -> server(m, p)).ifPresent(out::add);
            }
        });
        return out;
    }

    private Optional<ServerSpec> server(MapNode m, String path) {
        reading.checkKeys(m, path, SERVER_KEYS, ComposeKeys.NONE);
        ServerSpec.Protocol protocol = m.get("protocol").flatMap(v -> reading.choice(v, path + ".protocol", PROTOCOLS))
            .orElse(ServerSpec.Protocol.HTTP);
        Optional<Integer> port = m.get("port").flatMap(v -> reading.intValue(v, path + ".port", 1, 65535, "a port number 1-65535"));
        if (m.get("port").isEmpty()) {
            reading.error(m.location(), "missing key 'port' under " + path + "; expected the TCP port the task listens on");
            return Optional.empty();
        }
        String response = m.get("response").flatMap(v -> reading.string(v, path + ".response")).orElse("");
        return port.map(p -> new ServerSpec(protocol, p, response, "", path));
    }
}
