package io.swarmsim.engine.control;

import io.swarmsim.engine.scenario.Service;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.net.Prefix;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the swarm manager decided: nodes, networks, services with VIPs, and placed tasks. */
public record Cluster(DockerVersion version, List<Node> nodes, List<Network> networks, List<ServiceState> services,
                      List<Task> tasks) {

    public record Node(String name, String id, boolean manager, IpAddress address, Prefix gwbridge) {
    }

    public record Network(String name, String id, Prefix subnet, IpAddress gateway, int vni, boolean ingress) {
    }

    /** A service as allocated; {@code rejection} is the manager's error when it refused the spec. */
    public record ServiceState(String name, String id, Service spec, Map<String, IpAddress> vips, Optional<String> rejection) {
    }

    /** A running task: its container, sandbox and addresses per network ({@code gwbridge} included). */
    public record Task(String name, String service, int slot, String id, String containerId, String sandboxId, Node node,
                       String image, Map<String, IpAddress> addresses) {
        public String shortContainerId() {
            return containerId.substring(0, 12);
        }

        /** Docker's container name: {@code vote.1.<task id>}. */
        public String containerName() {
            return name + "." + id;
        }

        public MacAddress mac(String network) {
            return MacAddress.fromIpv4(addresses.get(network));
        }
    }

    public Optional<Task> task(String name) {
        return tasks.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public Optional<ServiceState> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Network> network(String name) {
        return networks.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public List<Task> tasksOf(String service) {
        return tasks.stream().filter(t -> t.service().equals(service)).toList();
    }

    /** The task whose address on some network is {@code ip}. */
    public Optional<Task> taskByAddress(IpAddress ip) {
        return tasks.stream().filter(t -> t.addresses().containsValue(ip)).findFirst();
    }
}
