package io.swarmsim.engine.sim;

import io.swarmsim.engine.apps.Commands;
import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.DockerVersion;
import io.swarmsim.engine.control.Lifecycle;
import io.swarmsim.engine.control.PoolExhausted;
import io.swarmsim.engine.loop.RandomStreams;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Location;
import io.swarmsim.engine.scenario.NetworkDef;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioError;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.Service;
import io.swarmsim.engine.scenario.ServiceOverride;
import java.util.ArrayList;
import java.util.List;

/**
 * What the loader cannot know without the engine, checked before anything runs: every command line
 * is one the simulator runs (program, options, host names), and every experiment's services fit the
 * address pools and port range the allocator hands out from. Each problem is a located error.
 */
public final class ScenarioChecks {
    private ScenarioChecks() {
    }

    public static void check(Scenario scenario) throws ScenarioException {
        List<ScenarioError> errors = new ArrayList<>();
        commands(scenario, errors);
        hostNetwork(scenario, errors);
        for (Experiment e : scenario.sim().experiments()) {
            pools(scenario, e, errors);
        }
        if (scenario.sim().experiments().isEmpty()) {
            pools(scenario, ExperimentRunner.STACK, errors);
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
    }

    /**
     * Before 17.06 a service cannot join a node-local network: docker stack deploy finds the external
     * network {@code host} in the local scope (docker/cli validateExternalNetworks' message).
     */
    private static void hostNetwork(Scenario scenario, List<ScenarioError> errors) {
        if (DockerVersion.parse(scenario.sim().dockerVersion()).joinsServicesToNodeLocalNetworks()) {
            return;
        }
        scenario.services().stream().flatMap(s -> s.networks().stream()).filter(a -> a.network().equals(NetworkDef.HOST)).findFirst()
                .ifPresent(a -> errors.add(new ScenarioError(a.location(), "network \"host\" is declared as external, but it is not in the"
                        + " right scope: \"local\" instead of \"swarm\"; expected x-sim.docker_version \"17.06\" or later (services"
                        + " join node-local networks from 17.06, moby#32981) or an overlay network")));
    }

    private static void commands(Scenario scenario, List<ScenarioError> errors) {
        for (Experiment e : scenario.sim().experiments()) {
            for (CommandSpec c : e.commands()) {
                try {
                    Commands.parse(c.run());
                } catch (IllegalArgumentException ex) {
                    String m = ex.getMessage();
                    errors.add(new ScenarioError(c.location(), m.contains("; expected") ? m
                            : m + "; expected a dig, ping -c N or curl command"));
                }
            }
        }
    }

    /** Allocates the experiment's cluster as the simulation would; an exhausted pool is an error at its owner. */
    private static void pools(Scenario scenario, Experiment e, List<ScenarioError> errors) {
        try {
            Allocator.Allocation a = Allocator.allocate(scenario, scenario.servicesFor(e), new RandomStreams(scenario.sim().seed()),
                    e.timeline().events());
            clientsKept(e, a, errors);
            startedFirst(e, a, errors);
            HostNetworkChecks.check(scenario, e, a, errors);
        } catch (PoolExhausted ex) {
            String in = e == ExperimentRunner.STACK ? "" : " in experiment '" + e.name() + "'";
            String owner = ex.owner().isEmpty() ? "the cluster" : written(scenario, ex.owner());
            errors.add(new ScenarioError(ownerLocation(scenario, e, ex.owner()), owner + in + " cannot be allocated: "
                    + ex.getMessage() + "; expected fewer tasks, ports or networks, or a larger subnet"));
        }
    }

    /** A workload's client must outlive the time-line: a task it runs from may not be stopped, crashed or drained away. */
    private static void clientsKept(Experiment e, Allocator.Allocation a, List<ScenarioError> errors) {
        for (io.swarmsim.engine.scenario.Workload w : e.timeline().workloads()) {
            a.cluster().taskNamed(w.from()).ifPresent(t -> a.lifecycle().steps().stream()
                    .filter(s -> s.task().equals(t.name()) && s.kind() != Lifecycle.Kind.START)
                    .findFirst().ifPresent(s -> errors.add(new ScenarioError(w.location(), "workload '" + w.name() + "' runs from "
                            + w.from() + ", which the time-line of experiment '" + e.name() + "' takes away (" + s.cause()
                            + "); expected a client task the time-line leaves running"))));
        }
    }

    /**
     * A time-line entry acts on a slot's current task; one that comes before that task has started
     * (a replacement still waiting for its restart delay or for the old container to go) would stop a
     * task that then starts anyway. Refused: the time-line has to wait for the task.
     */
    private static void startedFirst(Experiment e, Allocator.Allocation a, List<ScenarioError> errors) {
        java.util.Map<String, Long> startAt = new java.util.HashMap<>();
        a.lifecycle().steps().stream().filter(s -> s.kind() == Lifecycle.Kind.START)
                .forEach(s -> startAt.putIfAbsent(s.task(), s.at()));
        for (Lifecycle.Step s : a.lifecycle().steps()) {
            Long start = startAt.get(s.task());
            boolean acts = s.kind() == Lifecycle.Kind.DEACTIVATE
                    || s.kind() == Lifecycle.Kind.STOP || s.kind() == Lifecycle.Kind.DIE;
            if (acts && start != null && s.at() < start) {
                Location at = e.timeline().events().stream().filter(ev -> ev.at() == s.at()).findFirst()
                        .map(io.swarmsim.engine.scenario.TimelineEvent::location).orElse(e.location());
                errors.add(new ScenarioError(at, "time-line entry '" + s.cause() + "' acts on " + s.task() + ", which starts only at "
                        + io.swarmsim.engine.scenario.Durations.text(start) + " (an earlier entry's replacement); expected an entry"
                        + " after it has started"));
                return;
            }
        }
    }

    /** {@code services.web} for the owner {@code services.mystack_web}: the path as the file writes it. */
    private static String written(Scenario scenario, String owner) {
        int dot = owner.indexOf('.');
        return dot < 0 ? owner : owner.substring(0, dot + 1) + scenario.keyOf(owner.substring(dot + 1));
    }

    private static Location ownerLocation(Scenario scenario, Experiment e, String owner) {
        if (owner.startsWith("services.")) {
            String name = owner.substring("services.".length());
            ServiceOverride o = e.services().get(name);
            if (o != null) {
                return o.location();
            }
            for (Service s : scenario.services()) {
                if (s.name().equals(name)) {
                    return s.location();
                }
            }
        }
        if (owner.startsWith("networks.")) {
            String name = owner.substring("networks.".length());
            for (NetworkDef n : scenario.networks()) {
                if (n.name().equals(name)) {
                    return n.location();
                }
            }
        }
        return e.location() != null ? e.location() : Location.start(scenario.file());
    }
}
