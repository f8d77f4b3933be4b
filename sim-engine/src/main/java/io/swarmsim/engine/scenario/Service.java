package io.swarmsim.engine.scenario;

import java.util.List;
import java.util.Map;

/**
 * A service of the stack. For {@link Mode#GLOBAL} services {@code replicas} is the number of nodes
 * that satisfy the placement constraints (one task each).
 */
public record Service(String name, String image, List<String> command, Mode mode, int replicas,
                      EndpointMode endpointMode, List<PortConfig> ports, List<NetworkAttachment> networks,
                      List<Constraint> constraints, Location location, Map<String, String> labels, ServiceDns dns) {
    public Service {
        labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
        command = List.copyOf(command);
        ports = List.copyOf(ports);
        networks = List.copyOf(networks);
        constraints = List.copyOf(constraints);
        if (replicas < 0) {
            throw new IllegalArgumentException("negative replicas");
        }
    }

    /** The key the stack file writes this service under: its name without its stack's prefix. */
    public String key() {
        String stack = labels.get(StackDeploy.NAMESPACE_LABEL);
        return stack != null && name.startsWith(stack + "_") ? name.substring(stack.length() + 1) : name;
    }

    /** True if every constraint allows {@code node}. */
    public boolean allows(NodeDef node) {
        return constraints.stream().allMatch(c -> c.allows(node));
    }

    /** True if this service is attached to the named network. */
    public boolean isOn(String network) {
        return networks.stream().anyMatch(n -> n.network().equals(network));
    }

    /** True if the tasks run in their node's own network namespace (the external network {@code host}). */
    public boolean hostNetwork() {
        return isOn(NetworkDef.HOST);
    }

    Service withReplicas(int n) {
        return new Service(name, image, command, mode, n, endpointMode, ports, networks, constraints, location, labels, dns);
    }

    /** This service as a stack deploys it: its scoped name, its attachments as converted, its labels with the stack's. */
    Service deployed(String scopedName, List<NetworkAttachment> attachments, Map<String, String> stackLabels) {
        return new Service(scopedName, image, command, mode, replicas, endpointMode, ports, attachments, constraints, location,
            stackLabels, dns);
    }

    /** This service with its published ports as the allocator completed them. */
    public Service withPorts(List<PortConfig> allocated) {
        return new Service(name, image, command, mode, replicas, endpointMode, allocated, networks, constraints, location, labels, dns);
    }

    /** This service with an experiment's overrides applied. */
    public Service with(ServiceOverride o) {
        return new Service(name, o.image().orElse(image), command, mode, o.replicas().orElse(replicas),
            o.endpointMode().orElse(endpointMode), o.ports().orElse(ports), networks, constraints, location, labels, dns);
    }
}
