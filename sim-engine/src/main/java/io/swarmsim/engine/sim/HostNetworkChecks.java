package io.swarmsim.engine.sim;

import io.swarmsim.engine.apps.ServedLog;
import io.swarmsim.engine.apps.TaskServers;
import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioError;
import io.swarmsim.engine.scenario.ServerSpec;
import io.swarmsim.engine.scenario.TimelineEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tasks on the host network share their node's namespace, and with it its ports: two of them that
 * listen on one port on one node cannot both start (the second's server would fail with "address
 * already in use", which Docker's scheduler does not foresee: a port of a container on the host
 * network is in no spec). The model refuses such a placement, and time-line entries that act on
 * such tasks (their replacements, built ahead, would share the namespace with them), with the
 * reason, rather than run half a cluster.
 */
final class HostNetworkChecks {
    private HostNetworkChecks() {
    }

    static void check(Scenario scenario, Experiment e, Allocator.Allocation a, List<ScenarioError> errors) {
        Cluster c = a.cluster();
        TaskServers servers = new TaskServers(scenario.sim(), new ServedLog());
        for (TimelineEvent ev : e.timeline().events()) {
            boolean onHost = switch (ev.action()) {
                case CRASH, STOP, RESTART -> c.taskNamed(ev.target()).filter(c::onHostNetwork).isPresent();
                case SCALE -> c.service(ev.target()).filter(s -> s.spec().hostNetwork()).isPresent();
                case DRAIN -> c.tasks().stream().anyMatch(t -> t.node().name().equals(ev.target()) && c.onHostNetwork(t));
                case DELAY -> false;
            };
            if (onHost) {
                errors.add(new ScenarioError(ev.location(), "time-line entry '" + ev.describe() + "' acts on a task on the host network,"
                        + " which the time-line does not model (a replacement shares its node's namespace and ports with the task it"
                        + " replaces); expected entries for tasks on swarm networks"));
            }
        }
        Map<String, String> listening = new HashMap<>();
        java.util.Set<String> created = new java.util.HashSet<>();
        a.lifecycle().created().forEach(x -> created.add(x.name()));
        for (Cluster.Task t : c.tasks()) {
            // the time-line's own tasks are left out: its entries on the host network are refused above
            if (created.contains(t.name()) || !c.onHostNetwork(t)) {
                continue;
            }
            Cluster.ServiceState s = c.service(t.service()).orElseThrow();
            for (ServerSpec spec : servers.of(t.service(), t.image())) {
                String other = listening.putIfAbsent(t.node().name() + " " + spec.port(), t.name());
                if (other != null) {
                    errors.add(new ScenarioError(s.spec().location(), "services." + scenario.keyOf(s.name()) + ": tasks " + other
                            + " and " + t.name() + " would both listen on port " + spec.port() + " in " + t.node().name()
                            + "'s own namespace (host network); the second could not bind it (address already in use); expected at"
                            + " most one such task per node (mode: global, or fewer replicas than nodes)"));
                    return;
                }
            }
        }
    }
}
