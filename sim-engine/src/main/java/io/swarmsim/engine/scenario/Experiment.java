package io.swarmsim.engine.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named run of the stack with some service overrides and a list of commands. */
public record Experiment(String name, String description, Map<String, ServiceOverride> services,
                         List<CommandSpec> commands, Location location) {
    public Experiment {
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
        commands = List.copyOf(commands);
    }
}
