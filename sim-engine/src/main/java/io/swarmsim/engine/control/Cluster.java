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
                      List<Task> tasks, List<Attachment> attachments, List<LoadBalancer> loadBalancers) {

    /** A node's own address on a network: its ingress sandbox on ingress, its lb_ sandbox (18.06+) on others. */
    public record Attachment(String node, String network, IpAddress address) {
    }

    /** A service's load balancer on one network as one node's daemon numbered it (fwmarks count from 256 per daemon). */
    public record LoadBalancer(String node, String service, String network, int fwmark) {
    }

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

    public Optional<IpAddress> attachment(String node, String network) {
        return attachments.stream().filter(a -> a.node().equals(node) && a.network().equals(network)).map(Attachment::address).findFirst();
    }

    public List<LoadBalancer> loadBalancersOn(String node) {
        return loadBalancers.stream().filter(l -> l.node().equals(node)).toList();
    }

    /** Whether {@code node} takes part in {@code network}: ingress everywhere, others where a task runs on it. */
    public boolean participates(String node, String network) {
        return network(network).map(Network::ingress).orElse(false)
                || tasks.stream().anyMatch(t -> t.node().name().equals(node) && t.addresses().containsKey(network));
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
