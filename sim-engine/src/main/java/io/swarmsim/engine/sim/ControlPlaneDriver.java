package io.swarmsim.engine.sim;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.control.Lifecycle;
import io.swarmsim.engine.control.Planner;
import io.swarmsim.engine.loop.EventLoop;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.engine.scenario.Durations;
import io.swarmsim.kernel.ipvs.ForwardMethod;
import io.swarmsim.kernel.ipvs.IpvsTable;
import io.swarmsim.kernel.ipvs.RealServer;
import io.swarmsim.kernel.ipvs.ServiceKey;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs an experiment's task life cycle on the built model, at simulated times: starts and stops
 * containers (their namespaces appear and go), and on each node applies what its libnetwork does
 * when it learns of a change (reference section 3.3): activate (the task's DNS records, IPVS
 * weight 1), deactivate (records removed; weight 0 from 18.05, destination deleted before) and
 * leave (destination deleted). The node where the task runs applies a change at once, every other
 * node when gossip brings it, later by that node's delay. Each application is a control_plane
 * event. The model was built with every task the time-line will create; those not started yet are
 * taken out first (namespace gone, no destination, no record).
 */
final class ControlPlaneDriver {
    /** One load balancer in one namespace of a node: the IPVS service with this fwmark balances this service on this network. */
    private record Lb(NetNamespace ns, int fwmark, String service, String network, ForwardMethod forward) {
    }

    /** A line of the report's time-line: what happened where, at what time. */
    record Applied(long at, String node, TraceEvent.ControlStep step, String task, String detail) {
    }

    private final Cluster cluster;
    private final Map<String, NetNamespace> namespaces;
    private final Fabric fabric;
    private final TraceSink trace;
    private final NodeDnsRecords dns;
    private final boolean quiesce;
    private final Map<String, List<Lb>> lbsByNode = new HashMap<>();
    /** Per node, the tasks whose binding is active there (DNS records, IPVS weight 1). */
    private final Map<String, Set<String>> known = new HashMap<>();
    /** Per node, the tasks deactivated there whose destination is not deleted yet (they keep a VIP record alive). */
    private final Map<String, Set<String>> quiesced = new HashMap<>();
    private final Map<String, String> hostOf = new HashMap<>();
    private final Map<String, String> containerOf = new HashMap<>();
    private final List<Applied> applied = new ArrayList<>();

    ControlPlaneDriver(Cluster cluster, DesiredState desired, Map<String, NetNamespace> namespaces, Fabric fabric, TraceSink trace,
                       NodeDnsRecords dns, Lifecycle lifecycle) {
        this.cluster = cluster;
        this.namespaces = namespaces;
        this.fabric = fabric;
        this.trace = trace;
        this.dns = dns;
        this.quiesce = cluster.version().quiescesBackends();
        for (DesiredState.Namespace spec : desired.namespaces()) {
            switch (spec.kind()) {
                case HOST -> hostOf.put(spec.owner(), spec.name());
                case CONTAINER -> containerOf.put(spec.owner(), spec.name());
                default -> { }
            }
            for (DesiredState.IpvsService s : spec.ipvs()) {
                cluster.loadBalancersOn(spec.node()).stream().filter(l -> l.fwmark() == s.fwmark()).findFirst().ifPresent(l ->
                        lbsByNode.computeIfAbsent(spec.node(), k -> new ArrayList<>()).add(new Lb(namespaces.get(spec.name()), s.fwmark(),
                                l.service(), l.network(), s.destinations().isEmpty() ? ForwardMethod.MASQ : s.destinations().get(0).forward())));
            }
        }
        Set<String> later = new HashSet<>();
        lifecycle.created().forEach(c -> later.add(c.name()));
        for (Cluster.Node n : cluster.nodes()) {
            Set<String> tasks = new HashSet<>();
            cluster.tasks().stream().map(Cluster.Task::name).filter(t -> !later.contains(t)).forEach(tasks::add);
            known.put(n.name(), tasks);
            quiesced.put(n.name(), new HashSet<>());
            dns.set(n.name(), records(n.name()));
            for (String t : later) {
                ipvs(n.name(), cluster.task(t).orElseThrow(), Change.DELETE);
            }
        }
        later.forEach(t -> fabric.remove(namespaces.get(containerOf.get(t))));
        schedule(lifecycle, fabric.loop());
    }

    /** What the report lists: every step as each node applied it, in time order. */
    List<Applied> applied() {
        return applied;
    }

    private void schedule(Lifecycle lifecycle, EventLoop loop) {
        Map<String, Long> delay = new HashMap<>();
        for (Lifecycle.Step s : lifecycle.steps()) {
            switch (s.kind()) {
                case GOSSIP_DELAY -> {
                    delay.put(s.node(), s.delay());
                    loop.at(s.at(), () -> record(s.node(), TraceEvent.ControlStep.GOSSIP_DELAY, s.node(), "from now on " + s.node()
                            + " applies other nodes' updates " + Durations.text(s.delay()) + " late (" + s.cause() + ")"));
                }
                case PENDING -> loop.at(s.at(), () -> record(s.node(), TraceEvent.ControlStep.PENDING, s.task(), s.cause()));
                case START -> {
                    loop.at(s.at(), () -> container(s, TraceEvent.ControlStep.CONTAINER_START));
                    everywhere(s, delay, loop, TraceEvent.ControlStep.ACTIVATE);
                }
                case DEACTIVATE -> everywhere(s, delay, loop, TraceEvent.ControlStep.DEACTIVATE);
                case STOP, DIE -> {
                    loop.at(s.at(), () -> container(s, s.kind() == Lifecycle.Kind.DIE ? TraceEvent.ControlStep.CONTAINER_DIED
                            : TraceEvent.ControlStep.CONTAINER_STOP));
                    everywhere(s, delay, loop, TraceEvent.ControlStep.LEAVE);
                }
            }
        }
    }

    /** The step on the task's node at once, on every other node after that node's gossip delay. */
    private void everywhere(Lifecycle.Step s, Map<String, Long> delay, EventLoop loop, TraceEvent.ControlStep step) {
        loop.at(s.at(), () -> binding(s, s.node(), step));
        for (Cluster.Node n : cluster.nodes()) {
            if (!n.name().equals(s.node())) {
                loop.at(s.at() + delay.getOrDefault(n.name(), 0L), () -> binding(s, n.name(), step));
            }
        }
    }

    private void container(Lifecycle.Step s, TraceEvent.ControlStep step) {
        NetNamespace ns = namespaces.get(containerOf.get(s.task()));
        if (step == TraceEvent.ControlStep.CONTAINER_START) {
            fabric.restore(ns);
        } else {
            fabric.remove(ns);
        }
        String what = switch (step) {
            case CONTAINER_START -> "its container " + cluster.task(s.task()).orElseThrow().shortContainerId() + " starts (namespace "
                    + ns.name() + "; " + addresses(s.task()) + ")";
            case CONTAINER_DIED -> "its container dies; the namespace " + ns.name() + " goes with it, no deactivation first";
            default -> "its container stops; the namespace " + ns.name() + " goes with it";
        };
        record(s.node(), step, s.task(), what + " (" + s.cause() + ")");
    }

    private enum Change { ADD, QUIESCE, DELETE }

    private void binding(Lifecycle.Step s, String node, TraceEvent.ControlStep step) {
        Cluster.Task t = cluster.task(s.task()).orElseThrow();
        Set<String> tasks = known.get(node);
        boolean changed = step == TraceEvent.ControlStep.ACTIVATE ? tasks.add(t.name()) : tasks.remove(t.name());
        boolean held = step == TraceEvent.ControlStep.DEACTIVATE ? quiesced.get(node).add(t.name()) : quiesced.get(node).remove(t.name());
        Change change = step == TraceEvent.ControlStep.ACTIVATE ? Change.ADD
                : step == TraceEvent.ControlStep.DEACTIVATE && quiesce ? Change.QUIESCE : Change.DELETE;
        List<String> done = ipvs(node, t, change);
        String records = "DNS records unchanged";
        if (changed || held) {
            Map<String, io.swarmsim.kernel.dns.NetworkDnsRecords> before = dns.of(node);
            dns.set(node, records(node));
            records = DnsDiff.describe(before, dns.of(node));
        }
        record(node, step, t.name(), records + (done.isEmpty() ? "" : "; IPVS: " + String.join(", ", done)) + " (" + s.cause() + ")");
    }

    /** What {@code node}'s embedded DNS answers now. */
    private Map<String, io.swarmsim.kernel.dns.NetworkDnsRecords> records(String node) {
        Set<String> active = known.get(node);
        Set<String> held = quiesced.get(node);
        return Planner.dnsRecords(cluster.withTasks(t -> active.contains(t.name())),
                cluster.withTasks(t -> active.contains(t.name()) || held.contains(t.name())));
    }

    /** Applies {@code change} to {@code t}'s destinations in every load balancer of its service on {@code node}; what it did. */
    private List<String> ipvs(String node, Cluster.Task t, Change change) {
        List<String> done = new ArrayList<>();
        for (Lb lb : lbsByNode.getOrDefault(node, List.of())) {
            IpAddress a = t.addresses().get(lb.network());
            if (!lb.service().equals(t.service()) || a == null) {
                continue;
            }
            IpvsTable table = lb.ns().ipvs();
            ServiceKey key = ServiceKey.fwmark(lb.fwmark());
            Optional<RealServer> d = table.service(key).flatMap(v -> v.destination(a, 0));
            String where = " in " + lb.ns().name() + " (fwmark " + lb.fwmark() + ")";
            if (change == Change.ADD) {
                if (d.isPresent()) {
                    table.editDestination(key, a, 0, 1, lb.forward());
                } else {
                    table.addDestination(key, a, 0, 1, lb.forward());
                }
                done.add(a + " weight 1" + where);
            } else if (d.isPresent() && change == Change.QUIESCE) {
                table.editDestination(key, a, 0, 0, lb.forward());
                done.add(a + " weight 0" + where);
            } else if (d.isPresent()) {
                table.deleteDestination(key, a, 0);
                done.add(a + " deleted" + where);
            }
        }
        return done;
    }

    private String addresses(String task) {
        Map<String, IpAddress> shown = new LinkedHashMap<>(cluster.task(task).orElseThrow().addresses());
        shown.remove(io.swarmsim.engine.control.Allocator.GWBRIDGE);
        return shown.toString().replace("{", "").replace("}", "").replace("=", " ");
    }

    private void record(String node, TraceEvent.ControlStep step, String task, String detail) {
        long now = fabric.loop().now();
        applied.add(new Applied(now, node, step, task, detail));
        if (trace.wants(TraceEvent.Kind.CONTROL_PLANE)) {
            trace.event(new TraceEvent.ControlPlane(now, 0, Place.of(hostOf.getOrDefault(node, node)), node, task, step, detail));
        }
    }
}
