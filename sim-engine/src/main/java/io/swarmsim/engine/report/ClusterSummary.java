package io.swarmsim.engine.report;

import java.util.List;
import java.util.Map;

/**
 * The cluster an experiment built, as data for {@code run --json}: nodes, networks, services with
 * their VIPs (or Docker's refusal) and tasks with their node, IDs and addresses per network.
 */
public record ClusterSummary(List<Node> nodes, List<Network> networks, List<Service> services) {
    public ClusterSummary {
        nodes = List.copyOf(nodes);
        networks = List.copyOf(networks);
        services = List.copyOf(services);
    }

    public record Node(String name, String id, String role, String address) {
    }

    public record Network(String name, String id, String subnet, String gateway, int vni, boolean ingress) {
    }

    /** @param rejection Docker's refusal, null when the service was created */
    public record Service(String name, String id, String image, String mode, String endpointMode, Map<String, String> vips,
                          String rejection, List<Task> tasks, List<Pending> pending) {
        public Service {
            vips = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vips));
            tasks = List.copyOf(tasks);
            pending = List.copyOf(pending);
        }
    }

    /** A task the scheduler could not place; {@code node} is null unless a global service bound it to one. */
    public record Pending(String name, String id, String node, String error) {
    }

    /** @param addresses per network, docker_gwbridge included */
    public record Task(String name, String id, String node, String containerId, Map<String, String> addresses) {
        public Task {
            addresses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(addresses));
        }
    }
}
