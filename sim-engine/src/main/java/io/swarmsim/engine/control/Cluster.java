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
                      List<Task> tasks, List<Attachment> attachments, List<LoadBalancer> loadBalancers, Index index) {

    /** The cluster with its lookup index built (constant-time lookups by name, service, node, address). */
    public static Cluster of(DockerVersion version, List<Node> nodes, List<Network> networks, List<ServiceState> services,
                             List<Task> tasks, List<Attachment> attachments, List<LoadBalancer> loadBalancers) {
        return new Cluster(version, List.copyOf(nodes), List.copyOf(networks), List.copyOf(services), List.copyOf(tasks),
                List.copyOf(attachments), List.copyOf(loadBalancers), new Index(nodes, networks, services, tasks, attachments, loadBalancers));
    }

    /** This cluster with only the tasks {@code keep} accepts (what one node knows of at a moment of a time-line). */
    public Cluster withTasks(java.util.function.Predicate<Task> keep) {
        return of(version, nodes, networks, services, tasks.stream().filter(keep).toList(), attachments, loadBalancers);
    }

    /** Lookups derived from the lists, built once. */
    public static final class Index {
        private final Map<String, Node> nodes = new java.util.HashMap<>();
        private final Map<String, Network> networks = new java.util.HashMap<>();
        private final Map<String, ServiceState> services = new java.util.HashMap<>();
        private final Map<String, Task> tasks = new java.util.HashMap<>();
        private final Map<String, List<Task>> byService = new java.util.HashMap<>();
        private final Map<IpAddress, Task> byAddress = new java.util.HashMap<>();
        private final java.util.Set<String> participation = new java.util.HashSet<>();
        private final Map<String, List<LoadBalancer>> lbsByNode = new java.util.HashMap<>();
        private final Map<String, IpAddress> attachments = new java.util.HashMap<>();

        Index(List<Node> ns, List<Network> nets, List<ServiceState> svcs, List<Task> ts, List<Attachment> atts, List<LoadBalancer> lbs) {
            ns.forEach(n -> nodes.put(n.name(), n));
            nets.forEach(n -> networks.put(n.name(), n));
            svcs.forEach(s -> services.put(s.name(), s));
            for (Task t : ts) {
                tasks.put(t.name(), t);
                byService.computeIfAbsent(t.service(), k -> new java.util.ArrayList<>()).add(t);
                // docker_gwbridge addresses repeat on every node: they name no task
                t.addresses().forEach((net, a) -> {
                    if (!net.equals(Allocator.GWBRIDGE)) {
                        byAddress.putIfAbsent(a, t);
                    }
                });
                t.addresses().keySet().forEach(net -> participation.add(t.node().name() + "\0" + net));
            }
            atts.forEach(a -> attachments.put(a.node() + "\0" + a.network(), a.address()));
            lbs.forEach(l -> lbsByNode.computeIfAbsent(l.node(), k -> new java.util.ArrayList<>()).add(l));
        }
    }

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

    /**
     * A service as allocated; {@code rejection} is the manager's error when it refused the spec;
     * {@code pending} are its tasks the scheduler found no node for.
     */
    public record ServiceState(String name, String id, Service spec, Map<String, IpAddress> vips, Optional<String> rejection,
                               List<PendingTask> pending) {
        public ServiceState {
            pending = List.copyOf(pending);
        }
    }

    /**
     * A task the scheduler could not place: it stays Pending with swarmkit's error
     * ({@code no suitable node (scheduling constraints not satisfied on 2 nodes)}); a global service's
     * task is bound to its node even then.
     */
    public record PendingTask(String name, int slot, String id, Optional<Node> node, String error) {
    }

    /**
     * A running task: its container, sandbox and addresses per network ({@code gwbridge} included). A
     * replicated task is {@code svc.<slot>}; a global one has slot 0 and is {@code svc.<node id>}.
     */
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
        return Optional.ofNullable(index.attachments.get(node + "\0" + network));
    }

    public List<LoadBalancer> loadBalancersOn(String node) {
        return index.lbsByNode.getOrDefault(node, List.of());
    }

    /** Whether {@code node} takes part in {@code network}: ingress everywhere, others where a task runs on it. */
    public boolean participates(String node, String network) {
        return network(network).map(Network::ingress).orElse(false) || index.participation.contains(node + "\0" + network);
    }

    public Optional<Task> task(String name) {
        return Optional.ofNullable(index.tasks.get(name));
    }

    /**
     * The task {@code name} names: by its name, or a global service's task by the name of its node
     * ({@code proxy.node1} for {@code proxy.<node1's id>}), as scenarios write them.
     */
    public Optional<Task> taskNamed(String name) {
        Optional<Task> exact = task(name);
        int dot = name.lastIndexOf('.');
        if (exact.isPresent() || dot < 0) {
            return exact;
        }
        String node = name.substring(dot + 1);
        return tasksOf(name.substring(0, dot)).stream().filter(t -> t.slot() == 0 && t.node().name().equals(node)).findFirst();
    }

    public Optional<Node> node(String name) {
        return Optional.ofNullable(index.nodes.get(name));
    }

    public Optional<ServiceState> service(String name) {
        return Optional.ofNullable(index.services.get(name));
    }

    /** Whether {@code t} runs in its node's own namespace (its service is on the external network host). */
    public boolean onHostNetwork(Task t) {
        return service(t.service()).map(s -> s.spec().hostNetwork()).orElse(false);
    }

    public Optional<Network> network(String name) {
        return Optional.ofNullable(index.networks.get(name));
    }

    public List<Task> tasksOf(String service) {
        return index.byService.getOrDefault(service, List.of());
    }

    /** The task whose address on some network is {@code ip}. */
    public Optional<Task> taskByAddress(IpAddress ip) {
        return Optional.ofNullable(index.byAddress.get(ip));
    }
}
