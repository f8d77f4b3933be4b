package io.swarmsim.engine.scenario;

import java.util.Locale;

/**
 * One entry of an experiment's time-line: at {@code at} ns of simulated time, {@code action} on
 * {@code target} (a task such as {@code vote.1}, a service for {@code scale}, a node for
 * {@code drain} and {@code delay}); {@code replicas} for scale, {@code delay} ns for delay.
 */
public record TimelineEvent(long at, Action action, String target, int replicas, long delay, Location location) {
    /** What happens. */
    public enum Action {
        /** The task's container dies: no orderly deactivation; swarm starts a replacement after its restart delay. */
        CRASH("crash"),
        /** The task shuts down in order (deactivate, then stop the container) and is not replaced. */
        STOP("stop"),
        /** The task shuts down in order and a new task (new container, new address) takes its slot. */
        RESTART("restart"),
        /** The service's replica count changes. */
        SCALE("scale"),
        /** The node is drained: its tasks shut down in order and are replaced on other nodes. */
        DRAIN("drain"),
        /** From now on the node applies other nodes' control-plane updates this much later (gossip latency). */
        DELAY("delay");

        private final String word;

        Action(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** The entry as the report lists it: {@code restart vote.1}, {@code scale vote to 4}, {@code delay node1 by 5 s}. */
    public String describe() {
        return switch (action) {
            case SCALE -> "scale " + target + " to " + replicas;
            case DELAY -> "delay " + target + "'s control-plane updates by " + Durations.text(delay);
            default -> action.word() + " " + target;
        };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", Durations.text(at), describe());
    }
}
