package io.swarmsim.engine.control;

import java.util.List;

/**
 * What an experiment's time-line makes swarm do, as data: the tasks it will create (allocated with
 * the cluster, so a replacement's address and container ID are known from the start, in the order
 * swarm's serial allocator would hand them out) and the control-plane steps at their times, each on
 * the node of the task it is about. How a step reaches the other nodes (gossip, a node's delay) is
 * the running simulation's business.
 */
public record Lifecycle(List<Created> created, List<Step> steps) {
    public static final Lifecycle NONE = new Lifecycle(List.of(), List.of());

    public Lifecycle {
        created = List.copyOf(created);
        steps = List.copyOf(steps);
    }

    /** A task the time-line creates: {@code vote.1#2} is slot 1's second task, {@code vote.3} a new slot. */
    public record Created(String service, String name, int slot, Cluster.Node node) {
    }

    /** What happens to a task (or, for {@link Kind#GOSSIP_DELAY}, a node). */
    public enum Kind {
        /** The container starts; its binding is activated (DNS records, IPVS weight 1) everywhere. */
        START,
        /** Orderly stop, first half: the binding is deactivated (records removed; weight 0 from 18.05, removed before). */
        DEACTIVATE,
        /** Orderly stop, second half: the container stops and its endpoint leaves (destination deleted). */
        STOP,
        /** The container dies: its endpoint leaves at once, with no deactivation first. */
        DIE,
        /** From now on the node applies other nodes' updates {@code delay} ns later. */
        GOSSIP_DELAY,
        /** A task the scheduler found no node for: it stays pending. */
        PENDING
    }

    /**
     * @param task  the task, or the node for GOSSIP_DELAY
     * @param node  the node it happens on
     * @param cause the time-line entry behind it, in words ({@code restart vote.1 at 60 s})
     */
    public record Step(long at, Kind kind, String task, String node, long delay, String cause) {
    }
}
