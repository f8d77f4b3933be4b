package io.swarmsim.engine.sim;

import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.report.CommandTally;
import io.swarmsim.engine.report.ExperimentResult;
import io.swarmsim.engine.report.RunResult;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.EndpointMode;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.NotSimulated;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.apps.Commands;
import io.swarmsim.engine.trace.TraceLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a scenario's experiments (each on a fresh cluster built from its effective services) and
 * collects what every command printed. A scenario without experiments gets one run, {@code stack},
 * that only reports the cluster it built.
 */
public final class ExperimentRunner {
    /** What runs when a scenario names no experiments: the stack file as it stands. */
    static final Experiment STACK = new Experiment("stack", "the stack file as written", Map.of(), List.of(), null);

    /**
     * How many command runs an experiment keeps for its report by default; beyond that it counts
     * them (distribution, packets) without keeping them, so memory does not grow with the run.
     */
    public static final int DEFAULT_MAX_KEPT_RUNS = 10_000;

    private ExperimentRunner() {
    }

    public static RunResult run(Scenario scenario, Optional<String> only, long seed) throws ScenarioException {
        return run(scenario, only, seed, TraceLevel.FULL);
    }

    public static RunResult run(Scenario scenario, Optional<String> only, long seed, TraceLevel level) throws ScenarioException {
        return run(scenario, only, seed, level, DEFAULT_MAX_KEPT_RUNS);
    }

    /** @param maxKept how many command runs each experiment keeps for the report (the rest are counted) */
    public static RunResult run(Scenario scenario, Optional<String> only, long seed, TraceLevel level, int maxKept)
            throws ScenarioException {
        ScenarioChecks.check(scenario);
        List<Experiment> experiments = new ArrayList<>(scenario.sim().experiments());
        if (experiments.isEmpty()) {
            experiments.add(STACK);
        }
        List<ExperimentResult> results = new ArrayList<>();
        for (Experiment e : experiments) {
            if (only.isPresent() && !only.get().equals(e.name())) {
                continue;
            }
            results.add(run(scenario, e, seed, sim -> { }, level, maxKept).result());
        }
        List<String> notSimulated = scenario.notSimulated().stream().map(NotSimulated::toString).toList();
        return new RunResult(scenario.file().toString(), seed, scenario.sim().dockerVersion(), notSimulated, results);
    }

    /** A simulation after an experiment's commands ran, with their result. */
    public record Ran(Simulation simulation, ExperimentResult result) {
    }

    /** The experiment named {@code name}, or the stack as written when the scenario has none. */
    public static Experiment find(Scenario scenario, Optional<String> name) {
        if (name.isPresent()) {
            return scenario.experiment(name.get()).orElseThrow(() -> new IllegalArgumentException("no experiment named '"
                    + name.get() + "'; the scenario has: " + String.join(", ", scenario.sim().experiments().stream().map(Experiment::name).toList())));
        }
        return scenario.sim().experiments().isEmpty()
                ? STACK
                : scenario.sim().experiments().get(0);
    }

    /** Builds the experiment's cluster, runs its commands, and keeps the simulation for inspection. */
    public static Ran run(Scenario scenario, Experiment e, long seed) {
        return run(scenario, e, seed, sim -> { }, TraceLevel.FULL);
    }

    /**
     * As {@link #run(Scenario, Experiment, long)}, letting the caller set up the simulation first
     * (subscribe listeners: captures, traces), at a level of detail: {@code FULL} explains every
     * run, {@code SUMMARY} keeps each command's output and the client's reasons, {@code NONE} keeps
     * counters and the distribution only.
     */
    public static Ran run(Scenario scenario, Experiment e, long seed, java.util.function.Consumer<Simulation> setup,
                          TraceLevel level) {
        return run(scenario, e, seed, setup, level, DEFAULT_MAX_KEPT_RUNS);
    }

    private static Ran run(Scenario scenario, Experiment e, long seed, java.util.function.Consumer<Simulation> setup,
                           TraceLevel level, int maxKept) {
        Simulation sim = new Simulation(scenario, scenario.servicesFor(e), seed, level, e.timeline().events());
        setup.accept(sim);
        Cluster c = sim.cluster();
        List<String> rejections = c.services().stream().filter(s -> s.rejection().isPresent())
                .map(s -> "docker service create --name " + s.name() + " ...: Error response from daemon: rpc error: code = 3 desc = "
                        + s.rejection().get()).toList();
        Map<String, Integer> distribution = new LinkedHashMap<>();
        c.tasks().stream().filter(t -> !sim.servers().of(t.service(), t.image()).isEmpty()).forEach(t -> distribution.put(t.name(), 0));
        List<CommandRun> runs = new ArrayList<>();
        List<CommandTally> tallies = new ArrayList<>();
        long count = 0;
        for (CommandSpec spec : e.commands()) {
            Map<String, Integer> served = new LinkedHashMap<>();
            distribution.keySet().forEach(t -> served.put(t, 0));
            for (int i = 0; i < spec.times(); i++) {
                CommandRun r = sim.run(spec);
                count++;
                if (level != TraceLevel.NONE && runs.size() < maxKept) {
                    runs.add(r);
                }
                if (r.servedBy() != null) {
                    distribution.merge(r.servedBy(), 1, Integer::sum);
                    served.merge(r.servedBy(), 1, Integer::sum);
                }
            }
            tallies.add(new CommandTally(spec.from(), spec.run(), spec.times(), served));
        }
        java.util.Optional<io.swarmsim.engine.report.TimelineResult> timeline = TimelineRun.run(sim, e.timeline());
        return new Ran(sim, new ExperimentResult(e.name(), e.description(), clusterLines(c, sim.lifecycle()), rejections, runs, distribution,
                count, sim.totals().packets(), sim.totals().rules(), ClusterData.of(c), tallies, timeline));
    }

    /**
     * The cluster the experiment built, in the spirit of docker node ls / service ps / inspect. Columns
     * are as wide as their longest entry (never narrower than the seed's layout); a service's DNS line
     * names its aliases beside it (a stack's service answers to its key too).
     */
    static List<String> clusterLines(Cluster all, io.swarmsim.engine.control.Lifecycle lifecycle) {
        Map<String, String> later = new LinkedHashMap<>();
        for (io.swarmsim.engine.control.Lifecycle.Step s : lifecycle.steps()) {
            if (s.kind() == io.swarmsim.engine.control.Lifecycle.Kind.START) {
                later.put(s.task(), String.format(java.util.Locale.ROOT, "  (starts at %.3f s: %s)", s.at() / 1e9, s.cause()));
            }
        }
        // the DNS lines show what the names answer at the start: tasks the time-line starts later are not in them yet
        Cluster c = later.isEmpty() ? all : all.withTasks(t -> !later.containsKey(t.name()));
        List<String> out = new ArrayList<>();
        out.add("Nodes:");
        int node = width(8, c.nodes().stream().map(Cluster.Node::name));
        for (Cluster.Node n : c.nodes()) {
            out.add(pad("  ", n.name(), node) + " " + pad("", n.manager() ? "manager" : "worker", 8) + " " + n.address());
        }
        out.add("Networks:");
        int net = width(10, c.networks().stream().map(Cluster.Network::name));
        for (Cluster.Network n : c.networks()) {
            out.add(pad("  ", n.name(), net) + " " + pad("", n.subnet().toString(), 15) + " vni " + n.vni()
                    + (n.ingress() ? " (routing mesh)" : ""));
        }
        out.add("Services:");
        int svc = width(8, c.services().stream().map(Cluster.ServiceState::name));
        int image = width(22, c.services().stream().map(s -> s.spec().image()));
        int task = width(9, java.util.stream.Stream.concat(all.tasks().stream().map(Cluster.Task::name),
                c.services().stream().flatMap(s -> s.pending().stream()).map(Cluster.PendingTask::name)));
        int taskNode = width(6, c.nodes().stream().map(Cluster.Node::name));
        for (Cluster.ServiceState s : c.services()) {
            String mode = s.spec().endpointMode() == EndpointMode.VIP ? "vip" : "dnsrr";
            StringBuilder line = new StringBuilder(pad("  ", s.name(), svc) + " " + pad("", mode, 6) + " " + pad("", s.spec().image(), image));
            s.vips().forEach((n, vip) -> line.append(" VIP ").append(vip).append(" on ").append(n));
            s.rejection().ifPresent(r -> line.append(" REFUSED: ").append(r));
            out.add(line.toString().stripTrailing());
            for (Cluster.Task t : all.tasksOf(s.name())) {
                StringBuilder tl = new StringBuilder(pad("    ", t.name(), task) + " " + pad("", t.node().name(), taskNode)
                        + " container " + t.shortContainerId());
                if (s.spec().hostNetwork()) {
                    tl.append("  host network (").append(t.node().name()).append("'s own namespace)");
                }
                t.addresses().forEach((n, ip) -> {
                    if (!n.equals(Allocator.GWBRIDGE)) {
                        tl.append("  ").append(n).append(' ').append(ip);
                    }
                });
                out.add(tl + later.getOrDefault(t.name(), ""));
            }
            for (Cluster.PendingTask p : s.pending()) {
                out.add(pad("    ", p.name(), task) + " " + pad("", p.node().map(Cluster.Node::name).orElse(""), taskNode)
                        + " Pending: " + p.error());
            }
        }
        out.add("DNS (embedded server, TTL 600, answers shuffled per query)" + (later.isEmpty() ? "" : " at the start") + ":");
        List<String[]> dns = new ArrayList<>();
        for (Cluster.ServiceState s : c.services()) {
            if (s.rejection().isPresent() || c.tasksOf(s.name()).isEmpty() || s.spec().hostNetwork()) {
                continue; // names appear with the first running task (DnsPlan), on a swarm network
            }
            List<String> tasks = c.tasksOf(s.name()).stream().flatMap(t -> t.addresses().entrySet().stream()
                    .filter(en -> !en.getKey().equals(Allocator.GWBRIDGE) && !en.getKey().equals(Allocator.INGRESS))
                    .map(en -> en.getValue().toString())).toList();
            List<String> name = s.spec().endpointMode() == EndpointMode.VIP
                    ? s.vips().entrySet().stream().filter(en -> !en.getKey().equals(Allocator.INGRESS))
                            .map(en -> en.getValue().toString()).toList()
                    : tasks;
            List<String> names = new ArrayList<>(List.of(s.name()));
            s.spec().networks().forEach(a -> a.aliases().stream().filter(x -> !names.contains(x)).forEach(names::add));
            dns.add(new String[] {String.join(", ", names), String.join(" ", name)});
            dns.add(new String[] {String.join(", ", names.stream().map(x -> "tasks." + x).toList()), String.join(" ", tasks)});
        }
        int dnsName = width(14, dns.stream().map(d -> d[0]));
        dns.forEach(d -> out.add(pad("  ", d[0], dnsName) + " -> " + d[1]));
        return out;
    }

    private static int width(int least, java.util.stream.Stream<String> entries) {
        return Math.max(least, entries.mapToInt(String::length).max().orElse(0));
    }

    private static String pad(String indent, String text, int width) {
        return indent + text + " ".repeat(Math.max(0, width - text.length()));
    }

}
