package io.swarmsim.engine.scenario;

import java.util.List;

/**
 * A service of the stack. For {@link Mode#GLOBAL} services {@code replicas} is the number of nodes
 * that satisfy the placement constraints (one task each).
 */
public record Service(String name, String image, List<String> command, Mode mode, int replicas,
                      EndpointMode endpointMode, List<PortConfig> ports, List<NetworkAttachment> networks,
                      List<Constraint> constraints, Location location) {
    public Service {
        command = List.copyOf(command);
        ports = List.copyOf(ports);
        networks = List.copyOf(networks);
        constraints = List.copyOf(constraints);
        if (replicas < 0) {
            throw new IllegalArgumentException("negative replicas");
        }
    }

    /** True if every constraint allows {@code node}. */
    public boolean allows(NodeDef node) {
        return constraints.stream().allMatch(c -> c.allows(node));
    }

    /** True if this service is attached to the named network. */
    public boolean isOn(String network) {
        return networks.stream().anyMatch(n -> n.network().equals(network));
    }

    Service withReplicas(int n) {
        return new Service(name, image, command, mode, n, endpointMode, ports, networks, constraints, location);
    }

    /** This service with an experiment's overrides applied. */
    public Service with(ServiceOverride o) {
        return new Service(name, o.image().orElse(image), command, mode, o.replicas().orElse(replicas),
            o.endpointMode().orElse(endpointMode), o.ports().orElse(ports), networks, constraints, location);
    }
}
