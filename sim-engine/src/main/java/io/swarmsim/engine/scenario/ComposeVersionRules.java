package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.Entry;
import io.swarmsim.engine.scenario.YamlNode.MapNode;
import java.util.Optional;

/**
 * What {@code docker stack deploy} refuses for the compose file version: extension ({@code x-}) keys
 * at the top level before 3.4 and inside a service before 3.7. A missing version or plain "3" means
 * the newest 3.x, as Docker reads it.
 */
final class ComposeVersionRules {
    private ComposeVersionRules() {
    }

    static void check(Reading reading, MapNode top, Optional<String> version) {
        if (version.isEmpty() || atLeast(version.get(), 7)) {
            return;
        }
        String v = version.get();
        for (Entry e : top.entries()) {
            if (e.key().startsWith("x-") && !atLeast(v, 4)) {
                reading.error(e.keyLocation(), "top-level '" + e.key() + "' needs compose file version 3.4 or later (docker stack deploy refuses it"
                        + " under version \"" + v + "\": Additional property " + e.key() + " is not allowed); expected version: \"3.4\" or later");
            }
        }
        top.get("services").filter(MapNode.class::isInstance).map(MapNode.class::cast).ifPresent(services -> {
            for (Entry s : services.entries()) {
                if (s.value() instanceof MapNode m) {
                    for (Entry k : m.entries()) {
                        if (k.key().startsWith("x-")) {
                            reading.error(k.keyLocation(), "'" + k.key() + "' in a service needs compose file version 3.7 or later (docker stack"
                                    + " deploy: services." + s.key() + " Additional property " + k.key() + " is not allowed); expected version: \"3.7\" or later");
                        }
                    }
                }
            }
        });
    }

    /** Whether {@code version} (3 or 3.N, already checked) is at least 3.{@code minor}. */
    static boolean atLeast(String version, int minor) {
        int dot = version.indexOf('.');
        return dot < 0 || Integer.parseInt(version.substring(dot + 1)) >= minor;
    }
}
