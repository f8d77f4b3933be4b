package io.swarmsim.engine.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named run of the stack with some service overrides and a list of commands; {@code timeline}
 * adds what happens over simulated time (task crashes, stops, restarts, scaling, drains, gossip
 * delays) and the long-running workloads that watch it ({@link Timeline#NONE} for a batch of commands).
 */
public record Experiment(String name, String description, Map<String, ServiceOverride> services,
                         List<CommandSpec> commands, Location location, Timeline timeline) {
    public Experiment {
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
        commands = List.copyOf(commands);
        timeline = timeline == null ? Timeline.NONE : timeline;
    }

    /** An experiment of commands only, without a time-line. */
    public Experiment(String name, String description, Map<String, ServiceOverride> services, List<CommandSpec> commands,
                      Location location) {
        this(name, description, services, commands, location, Timeline.NONE);
    }
}
