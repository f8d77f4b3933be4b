package io.swarmsim.engine.control;

import io.swarmsim.engine.loop.RandomStreams;
import io.swarmsim.engine.scenario.EndpointMode;
import io.swarmsim.engine.scenario.Mode;
import io.swarmsim.engine.scenario.NetworkAttachment;
import io.swarmsim.engine.scenario.NetworkDef;
import io.swarmsim.engine.scenario.NodeDef;
import io.swarmsim.engine.scenario.PublishMode;
import io.swarmsim.engine.scenario.Role;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.Service;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The swarm manager's allocator: node and object IDs, network subnets and VNIs, VIPs, task
 * placement (spread) and serial task addresses, in creation order (networks, then services in
 * file order; per service its VIPs, then its tasks by slot).
 */
public final class Allocator {
    public static final String INGRESS = "ingress";
    public static final String GWBRIDGE = "docker_gwbridge";
    static final Prefix INGRESS_SUBNET = Prefix.parse("10.255.0.0/16");
    static final Prefix GWBRIDGE_SUBNET = Prefix.parse("172.18.0.0/16");

    private Allocator() {
    }

    /** A cluster with the life cycle its time-line gives its tasks (tasks the time-line creates are in the cluster too). */
    public record Allocation(Cluster cluster, Lifecycle lifecycle) {
    }

    public static Cluster allocate(Scenario scenario, List<Service> services, RandomStreams streams) {
        return allocate(scenario, services, streams, List.of()).cluster();
    }

    /**
     * Allocates the cluster, then the tasks {@code timeline} will create, after every task of the
     * stack (swarm's allocator is serial from 17.10: a replacement gets the next free address).
     */
    public static Allocation allocate(Scenario scenario, List<Service> services, RandomStreams streams,
                                      List<io.swarmsim.engine.scenario.TimelineEvent> timeline) {
        DockerVersion version = DockerVersion.parse(scenario.sim().dockerVersion());
        SwarmIds ids = new SwarmIds(streams.stream("swarm-ids"));
        List<Cluster.Node> nodes = new ArrayList<>();
        for (NodeDef n : scenario.sim().nodes()) {
            nodes.add(new Cluster.Node(n.name(), ids.swarmId(), n.role() == Role.MANAGER, n.address(), GWBRIDGE_SUBNET));
        }
        Map<String, Ipam> ipams = new LinkedHashMap<>();
        List<Cluster.Network> networks = new ArrayList<>();
        int vni = version.firstVni();
        networks.add(network(INGRESS, ids, INGRESS_SUBNET, vni++, true, ipams));
        List<Cluster.Attachment> attachments = new ArrayList<>();
        Set<List<String>> lbAttached = new HashSet<>(); // (node, network) pairs given a load-balancer address
        for (Cluster.Node n : nodes) {
            attachments.add(new Cluster.Attachment(n.name(), INGRESS, ipams.get(INGRESS).allocate()));
        }
        List<Prefix> taken = new ArrayList<>();
        taken.add(INGRESS_SUBNET);
        for (NetworkDef d : scenario.networks()) {
            d.subnets().forEach(taken::add);
        }
        for (NetworkDef d : scenario.networks()) {
            Prefix subnet = d.subnets().isEmpty() ? freeSubnet(taken, d.name()) : d.subnets().get(0);
            networks.add(network(d.name(), ids, subnet, vni++, false, ipams));
        }
        Map<String, Integer> gwbridgeNext = new HashMap<>();
        List<Cluster.ServiceState> states = new ArrayList<>();
        List<Cluster.Task> tasks = new ArrayList<>();
        int[] dynamicPort = {DYNAMIC_PORT_START};
        Scheduler scheduler = new Scheduler(nodes, scenario.sim().nodes());
        TaskMaker maker = new TaskMaker(version, ids, ipams, attachments, lbAttached, gwbridgeNext);
        for (Service declared : services) {
            try {
                String id = ids.swarmId();
                Optional<String> rejection = rejection(version, declared);
                Service s = rejection.isPresent() ? declared : withPublishedPorts(declared, dynamicPort);
                if (rejection.isPresent()) {
                    states.add(new Cluster.ServiceState(s.name(), id, s, Map.of(), rejection, List.of()));
                    continue;
                }
                List<String> nets = networksOf(s);
                Map<String, IpAddress> vips = new LinkedHashMap<>();
                if (s.endpointMode() == EndpointMode.VIP) {
                    for (String n : nets) {
                        vips.put(n, ipams.get(n).allocate());
                    }
                }
                List<Scheduler.Placement> placement = scheduler.place(s);
                List<Cluster.PendingTask> pending = new ArrayList<>();
                for (int slot = 1; slot <= placement.size(); slot++) {
                    Scheduler.Placement where = placement.get(slot - 1);
                    boolean global = s.mode().isGlobal();
                    if (where.error().isPresent()) {
                        String name = s.name() + "." + (global ? where.node().orElseThrow().id() : String.valueOf(slot));
                        pending.add(new Cluster.PendingTask(name, global ? 0 : slot, ids.swarmId(), where.node(), where.error().get()));
                        continue;
                    }
                    Cluster.Node node = where.node().orElseThrow();
                    // a global task has no slot: Docker names it after its node's ID (docker/cli task/print.go)
                    tasks.add(maker.task(s.name() + "." + (global ? node.id() : String.valueOf(slot)), s, global ? 0 : slot, node));
                }
                states.add(new Cluster.ServiceState(s.name(), id, s, vips, Optional.empty(), pending));
            } catch (PoolExhausted e) {
                throw new PoolExhausted("services." + declared.name(), e.getMessage());
            }
        }
        Lifecycle lifecycle = Lifecycle.NONE;
        if (!timeline.isEmpty()) {
            List<Service> specs = states.stream().filter(st -> st.rejection().isEmpty()).map(Cluster.ServiceState::spec).toList();
            lifecycle = LifecyclePlanner.plan(version, nodes, scenario.sim().nodes(), specs, tasks, timeline);
            for (Lifecycle.Created c : lifecycle.created()) {
                Service s = specs.stream().filter(x -> x.name().equals(c.service())).findFirst().orElseThrow();
                tasks.add(maker.task(c.name(), s, c.slot(), c.node()));
            }
        }
        Cluster partial = Cluster.of(version, nodes, networks, states, tasks, attachments, List.of());
        return new Allocation(Cluster.of(version, nodes, networks, states, tasks, attachments, fwmarks(partial)), lifecycle);
    }

    /** Makes tasks: their addresses on each network (a node's first task on a network also gives it its LB address, 18.06+), IDs. */
    private record TaskMaker(DockerVersion version, SwarmIds ids, Map<String, Ipam> ipams, List<Cluster.Attachment> attachments,
                             Set<List<String>> lbAttached, Map<String, Integer> gwbridgeNext) {
        Cluster.Task task(String name, Service s, int slot, Cluster.Node node) {
            Map<String, IpAddress> addrs = new LinkedHashMap<>();
            for (String n : networksOf(s)) {
                boolean lbIp = !version.loadBalancesInEveryContainer() && !n.equals(INGRESS)
                        && lbAttached.add(List.of(node.name(), n));
                if (lbIp) {
                    attachments.add(new Cluster.Attachment(node.name(), n, ipams.get(n).allocate()));
                }
                addrs.put(n, ipams.get(n).allocate());
            }
            // a task on the host network is in its node's own namespace: no gateway leg of its own
            if (!s.hostNetwork()) {
                int g = gwbridgeNext.merge(node.name(), 1, Integer::sum);
                if (2 + g >= node.gwbridge().size() - 1) {
                    throw new PoolExhausted("", "node " + node.name() + "'s " + GWBRIDGE + " subnet " + node.gwbridge()
                            + " has no free address left");
                }
                addrs.put(GWBRIDGE, node.gwbridge().nth(2 + g));
            }
            return new Cluster.Task(name, s.name(), slot, ids.swarmId(), ids.hex64(), ids.hex64(), node, s.image(), addrs);
        }
    }

    /**
     * fwmarks as each node's daemon hands them out (libnetwork's fwMarkCtr, from 256): one per
     * (service, network) the node takes part in, in service creation order, ingress first.
     */
    static List<Cluster.LoadBalancer> fwmarks(Cluster c) {
        List<Cluster.LoadBalancer> out = new ArrayList<>();
        for (Cluster.Node node : c.nodes()) {
            int next = 256;
            for (Cluster.ServiceState s : c.services()) {
                if (s.rejection().isPresent()) {
                    continue;
                }
                for (String net : s.vips().keySet()) {
                    if (c.participates(node.name(), net) && !c.tasksOf(s.name()).isEmpty()) {
                        out.add(new Cluster.LoadBalancer(node.name(), s.name(), net, next++));
                    }
                }
            }
        }
        return out;
    }

    /** The networks a service's tasks join: its own, plus ingress when it publishes ingress ports. */
    static List<String> networksOf(Service s) {
        List<String> nets = new ArrayList<>();
        if (s.ports().stream().anyMatch(p -> p.mode() == PublishMode.INGRESS && p.published() > 0)) {
            nets.add(INGRESS);
        }
        for (NetworkAttachment a : s.networks()) {
            if (!a.network().equals(NetworkDef.HOST)) {
                nets.add(a.network());
            }
        }
        return nets;
    }

    private static Optional<String> rejection(DockerVersion v, Service s) {
        if (s.endpointMode() != EndpointMode.DNSRR) {
            return Optional.empty();
        }
        // a port without a published number is published too, on a port the manager picks
        boolean any = !s.ports().isEmpty();
        boolean ingress = s.ports().stream().anyMatch(p -> p.mode() == PublishMode.INGRESS);
        return Optional.ofNullable(v.dnsrrPortsError(any, ingress));
    }

    /**
     * The range swarm's allocator gives an ingress port published without a number from
     * (swarmkit manager/allocator/portallocator.go: dynamicPortStart 30000, dynamicPortEnd 32767).
     */
    static final int DYNAMIC_PORT_START = 30000;
    static final int DYNAMIC_PORT_END = 32767;

    /** The service with every ingress port that has no published number given the next free one from 30000. */
    private static Service withPublishedPorts(Service s, int[] next) {
        if (s.ports().stream().noneMatch(p -> p.published() == 0 && p.mode() == PublishMode.INGRESS)) {
            return s;
        }
        List<io.swarmsim.engine.scenario.PortConfig> ports = new ArrayList<>();
        for (io.swarmsim.engine.scenario.PortConfig p : s.ports()) {
            boolean dynamic = p.published() == 0 && p.mode() == PublishMode.INGRESS;
            if (dynamic && next[0] > DYNAMIC_PORT_END) {
                throw new PoolExhausted("", "no free port left in the dynamic range " + DYNAMIC_PORT_START + "-"
                        + DYNAMIC_PORT_END + " for a port published without a number");
            }
            ports.add(dynamic ? new io.swarmsim.engine.scenario.PortConfig(p.target(), next[0]++, p.protocol(), p.mode()) : p);
        }
        return s.withPorts(ports);
    }

    private static Cluster.Network network(String name, SwarmIds ids, Prefix subnet, int vni, boolean ingress, Map<String, Ipam> ipams) {
        Ipam ipam = new Ipam(subnet);
        IpAddress gateway = ipam.allocate();
        ipams.put(name, ipam);
        return new Cluster.Network(name, ids.swarmId(), subnet.network(), gateway, vni, ingress);
    }

    /** The next 10.0.N.0/24 not overlapping any subnet in use (Docker's default global pool). */
    private static Prefix freeSubnet(List<Prefix> taken, String network) {
        for (int n = 0; n < 256; n++) {
            Prefix p = Prefix.parse("10.0." + n + ".0/24");
            if (taken.stream().noneMatch(t -> t.overlaps(p))) {
                taken.add(p);
                return p;
            }
        }
        throw new PoolExhausted("networks." + network, "no free /24 left in 10.0.0.0/16 for a network declared without a subnet");
    }

}
