package io.swarmsim.engine.control;

import io.swarmsim.engine.scenario.Durations;
import io.swarmsim.engine.scenario.NodeDef;
import io.swarmsim.engine.scenario.Service;
import io.swarmsim.engine.scenario.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a time-line into swarm's task life cycle (reference section 3.3): an orderly stop
 * deactivates the binding, waits the era's gossip-converge delay (2 s from 17.06) and stops the
 * container (1.12 only stops it); a crash kills the container and swarm's orchestrator starts a
 * replacement after the restart policy's default 5 s delay; a restart stops in order and starts
 * the replacement when the old container is gone; scaling adds slots (or stops the highest ones);
 * a drain stops every task of the node in order and starts replacements on other nodes at once.
 * New tasks go where the scheduler's spread sends them: the allowed, undrained node with the fewest
 * tasks of the service, then the fewest tasks, then the first.
 */
final class LifecyclePlanner {
    /** swarmkit's default restart policy delay (api/defaults: RestartPolicy.Delay 5 s). */
    static final long RESTART_DELAY = 5_000_000_000L;

    private final DockerVersion version;
    private final List<Cluster.Node> nodes;
    private final Map<String, NodeDef> defs = new HashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    /** Per service, slot to its current task name and node. */
    /** Per service, in the cluster's task order (a drain walks them in it), its slots' current tasks. */
    private final Map<String, TreeMap<Integer, Cluster.Task>> slots = new LinkedHashMap<>();
    private final Map<String, Integer> generation = new HashMap<>();
    private final Map<String, Integer> perNode = new HashMap<>();
    private final Set<String> drained = new HashSet<>();
    private final List<Lifecycle.Created> created = new ArrayList<>();
    private final List<Lifecycle.Step> steps = new ArrayList<>();

    private LifecyclePlanner(DockerVersion version, List<Cluster.Node> nodes, List<NodeDef> defs, List<Service> services,
                             List<Cluster.Task> tasks) {
        this.version = version;
        this.nodes = nodes;
        defs.forEach(d -> this.defs.put(d.name(), d));
        services.forEach(s -> this.services.put(s.name(), s));
        for (Cluster.Task t : tasks) {
            slots.computeIfAbsent(t.service(), k -> new TreeMap<>()).put(t.slot(), t);
            perNode.merge(t.node().name(), 1, Integer::sum);
            generation.put(t.service() + "." + t.slot(), 1);
        }
    }

    static Lifecycle plan(DockerVersion version, List<Cluster.Node> nodes, List<NodeDef> defs, List<Service> services,
                          List<Cluster.Task> tasks, List<TimelineEvent> events) {
        LifecyclePlanner p = new LifecyclePlanner(version, nodes, defs, services, tasks);
        for (TimelineEvent e : events) {
            p.apply(e);
        }
        p.steps.sort(Comparator.comparingLong(Lifecycle.Step::at));
        return new Lifecycle(p.created, p.steps);
    }

    private void apply(TimelineEvent e) {
        String cause = e.describe() + " at " + Durations.text(e.at());
        switch (e.action()) {
            case CRASH -> current(e.target()).ifPresent(t -> {
                steps.add(new Lifecycle.Step(e.at(), Lifecycle.Kind.DIE, t.name(), t.node().name(), 0, cause));
                leave(t);
                replace(t, e.at() + RESTART_DELAY, cause + " (swarm restarts it after 5 s)");
            });
            case STOP -> current(e.target()).ifPresent(t -> {
                stop(t, e.at(), cause);
                slots.get(t.service()).remove(t.slot());
            });
            case RESTART -> current(e.target()).ifPresent(t -> {
                long gone = stop(t, e.at(), cause);
                replace(t, gone, cause);
            });
            case SCALE -> scale(e, cause);
            case DRAIN -> {
                drained.add(e.target());
                for (TreeMap<Integer, Cluster.Task> bySlot : slots.values()) {
                    for (Cluster.Task t : List.copyOf(bySlot.values())) {
                        if (t.node().name().equals(e.target())) {
                            stop(t, e.at(), cause);
                            if (t.slot() == 0) {
                                bySlot.remove(0); // a global task is not moved
                            } else {
                                replace(t, e.at(), cause);
                            }
                        }
                    }
                }
            }
            case DELAY -> steps.add(new Lifecycle.Step(e.at(), Lifecycle.Kind.GOSSIP_DELAY, e.target(), e.target(), e.delay(), cause));
        }
    }

    /** The task now in the slot {@code svc.N} names (checked by the loader; empty if it is gone). */
    private Optional<Cluster.Task> current(String slotName) {
        int dot = slotName.lastIndexOf('.');
        TreeMap<Integer, Cluster.Task> bySlot = slots.get(slotName.substring(0, Math.max(dot, 0)));
        if (dot < 0 || bySlot == null || !slotName.substring(dot + 1).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.ofNullable(bySlot.get(Integer.parseInt(slotName.substring(dot + 1))));
    }

    private void scale(TimelineEvent e, String cause) {
        if (!services.containsKey(e.target())) {
            steps.add(new Lifecycle.Step(e.at(), Lifecycle.Kind.PENDING, e.target(), "", 0, cause + ": Docker refused the service, so"
                    + " there is nothing to scale"));
            return;
        }
        TreeMap<Integer, Cluster.Task> bySlot = slots.computeIfAbsent(e.target(), k -> new TreeMap<>());
        while (bySlot.size() > e.replicas()) {
            Cluster.Task last = bySlot.lastEntry().getValue();
            stop(last, e.at(), cause);
            bySlot.remove(last.slot());
        }
        int next = bySlot.isEmpty() ? 1 : bySlot.lastKey() + 1;
        while (bySlot.size() < e.replicas()) {
            start(e.target(), next++, e.at(), cause);
        }
    }

    /** Orderly stop from {@code at}; returns when the container is gone. */
    private long stop(Cluster.Task t, long at, String cause) {
        long gone = at;
        if (version.deactivatesBeforeStop()) {
            steps.add(new Lifecycle.Step(at, Lifecycle.Kind.DEACTIVATE, t.name(), t.node().name(), 0, cause));
            gone = at + version.gossipConvergeNanos();
        }
        steps.add(new Lifecycle.Step(gone, Lifecycle.Kind.STOP, t.name(), t.node().name(), 0, cause));
        leave(t);
        return gone;
    }

    private void leave(Cluster.Task t) {
        perNode.merge(t.node().name(), -1, Integer::sum);
    }

    /** A new task in {@code old}'s slot, started at {@code at}. */
    private void replace(Cluster.Task old, long at, String cause) {
        slots.get(old.service()).remove(old.slot());
        start(old.service(), old.slot(), at, cause);
    }

    private void start(String service, int slot, long at, String cause) {
        Service s = services.get(service);
        int gen = generation.merge(service + "." + slot, 1, Integer::sum);
        String name = service + "." + slot + (gen > 1 ? "#" + gen : "");
        Optional<Cluster.Node> node = place(s);
        if (node.isEmpty()) {
            steps.add(new Lifecycle.Step(at, Lifecycle.Kind.PENDING, name, "", 0, cause + ": " + Scheduler.explain(nodes.size(), 0)));
            return;
        }
        Cluster.Node n = node.get();
        created.add(new Lifecycle.Created(service, name, slot, n));
        perNode.merge(n.name(), 1, Integer::sum);
        // a placeholder until the allocator makes the task: only its name, slot and node are read here
        slots.computeIfAbsent(service, k -> new TreeMap<>()).put(slot, new Cluster.Task(name, service, slot, "", "", "", n, s.image(),
                Map.of()));
        steps.add(new Lifecycle.Step(at, Lifecycle.Kind.START, name, n.name(), 0, cause));
    }

    private Optional<Cluster.Node> place(Service s) {
        Cluster.Node best = null;
        Map<String, Integer> mine = new HashMap<>();
        slots.getOrDefault(s.name(), new TreeMap<>()).values().forEach(t -> mine.merge(t.node().name(), 1, Integer::sum));
        for (Cluster.Node n : nodes) {
            if (drained.contains(n.name()) || !s.allows(defs.get(n.name()))) {
                continue;
            }
            if (best == null || mine.getOrDefault(n.name(), 0) < mine.getOrDefault(best.name(), 0)
                    || mine.getOrDefault(n.name(), 0).equals(mine.getOrDefault(best.name(), 0))
                    && perNode.getOrDefault(n.name(), 0) < perNode.getOrDefault(best.name(), 0)) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }
}
