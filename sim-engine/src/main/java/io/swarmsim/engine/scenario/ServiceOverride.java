package io.swarmsim.engine.scenario;

import java.util.List;
import java.util.Optional;

/** What an experiment changes in one service; empty means "as in the stack file". */
public record ServiceOverride(Optional<EndpointMode> endpointMode, Optional<List<PortConfig>> ports,
                              Optional<Integer> replicas, Optional<String> image, Location location) {
    public ServiceOverride {
        ports = ports.map(List::copyOf);
    }
}
