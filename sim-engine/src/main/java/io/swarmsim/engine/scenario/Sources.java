package io.swarmsim.engine.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the parts of the model that carry no location of their own were written, for cross-checks that
 * report after reading: one instance per load, filled by the readers.
 */
final class Sources {
    /** Per service, the location of each entry of {@code Service.ports()}, in the same order. */
    final Map<String, List<Location>> servicePorts = new HashMap<>();
    /** Per service, where its placement constraints (or, without them, the service) were written. */
    final Map<String, Location> placement = new HashMap<>();
    /** Per network, the location of each subnet. */
    final Map<String, List<Location>> subnets = new HashMap<>();
    /** Per experiment and service, the location of each overriding port. */
    final Map<String, Map<String, List<Location>>> overridePorts = new HashMap<>();

    /** Locations of the ports of {@code service} as it runs in {@code experiment} (null: the stack file). */
    List<Location> portsOf(String experiment, String service) {
        if (experiment != null) {
            List<Location> o = overridePorts.getOrDefault(experiment, Map.of()).get(service);
            if (o != null) {
                return o;
            }
        }
        return servicePorts.getOrDefault(service, List.of());
    }
}
