package io.swarmsim.engine.session;

import io.swarmsim.engine.exec.ExecCommand;
import io.swarmsim.engine.exec.ExecResult;
import io.swarmsim.engine.exec.ExecTarget;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.engine.sim.TraceCollector;
import io.swarmsim.engine.trace.EventBus;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.engine.trace.TraceListener;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * An open simulation: one experiment's cluster, run one step, one time or one command at a time,
 * heard by any number of listeners, read through snapshots that cannot change it. Everything is
 * determined by (scenario, experiment, seed) and the commands run so far, so {@link #rewindTo}
 * rebuilds the same session at an earlier time and gives the identical event stream: this is how a
 * viewer steps back. Single-threaded: one thread drives a session (a GUI runs it off its FX thread).
 */
public final class Session {
    /**
     * A command started {@code executed} events into the run, at {@code time} (the point a replay
     * must reach first); {@code planned} when it was the experiment's next command.
     */
    private record Started(long executed, long time, String from, String command, boolean planned) {
    }

    /** Tools whose output {@link #exec} prints: views of state; {@code dig}, {@code curl}, {@code ping} would make traffic. */
    private static final Set<String> VIEWS = Set.of("iptables", "iptables-save", "ipvsadm", "conntrack", "ip", "bridge", "cat", "docker");

    private final Scenario scenario;
    private final Experiment experiment;
    private final long seed;
    private final Simulation sim;
    private final List<CommandSpec> plan = new ArrayList<>();
    private final List<Started> history = new ArrayList<>();
    private final List<RunRecord> runs = new ArrayList<>();
    private int nextPlanned;
    private Simulation.Pending pending;
    private Started pendingStart;

    private Session(Scenario scenario, Experiment experiment, long seed) {
        this.scenario = scenario;
        this.experiment = experiment;
        this.seed = seed;
        this.sim = new Simulation(scenario, scenario.servicesFor(experiment), seed);
        for (CommandSpec c : experiment.commands()) {
            for (int i = 0; i < c.times(); i++) {
                plan.add(c);
            }
        }
    }

    /** Opens {@code experiment} of {@code scenario} (its first one, or the stack as written, when empty). */
    public static Session open(Scenario scenario, Optional<String> experiment, long seed) {
        return new Session(scenario, ExperimentRunner.find(scenario, experiment), seed);
    }

    public String experiment() {
        return experiment.name();
    }

    public long seed() {
        return seed;
    }

    /** Simulated time now, ns. */
    public long now() {
        return sim.now();
    }

    /** Adds a listener that hears every event from now on at {@code level}; cancel the subscription to stop. */
    public EventBus.Subscription subscribe(TraceListener listener, TraceLevel level) {
        return sim.subscribe(listener, level);
    }

    /**
     * Runs the next event: of the command in flight if there is one (its last step makes its result
     * final), otherwise whatever the cluster has pending. Returns false when nothing is left to run.
     */
    public boolean step() {
        if (pending != null) {
            if (!pending.step()) {
                finish();
            }
            return true;
        }
        if (sim.nextTime() == Long.MAX_VALUE) {
            return false;
        }
        return sim.step();
    }

    /** Runs every event up to {@code time} (a command in flight goes on), then sets the clock to {@code time}. */
    public void runUntil(long time) {
        while (sim.nextTime() <= time || pending != null && pending.settlesBy(time)) {
            step();
        }
        if (time > sim.now()) {
            sim.runUntil(time);
        }
    }

    /**
     * Starts a command ({@code dig}, {@code ping -c N}, {@code curl}) in the container of task
     * {@code from} (or a node's host); {@link #step()} then runs it. One command is in flight at a time.
     */
    public void start(String from, String command) {
        start(from, command, false);
    }

    private void start(String from, String command, boolean planned) {
        if (pending != null) {
            throw new IllegalStateException("a command is still running: " + pendingStart.command());
        }
        if (sim.namespaceOf(from).isEmpty()) {
            throw new IllegalArgumentException("nothing named " + from + " runs in this cluster");
        }
        pendingStart = new Started(sim.executed(), sim.now(), from, command, planned);
        history.add(pendingStart);
        pending = sim.start(new CommandSpec(from, command, 1, null)).orElseThrow();
    }

    /** Runs one command to its final result and returns it. */
    public CommandRun runCommand(String from, String command) {
        start(from, command, false);
        return finishRunning();
    }

    private CommandRun finishRunning() {
        while (pending != null) {
            step();
        }
        return runs.get(runs.size() - 1).result();
    }

    /**
     * Runs the experiment's next command (its {@code times} counted out) to its result; a command
     * still in flight (after {@link #start} or {@link #rewindTo}) finishes first. Empty when all have run.
     */
    public Optional<CommandRun> runNext() {
        while (pending != null) {
            step();
        }
        if (nextPlanned >= plan.size()) {
            return Optional.empty();
        }
        startNext();
        return Optional.of(finishRunning());
    }

    /** Runs the experiment's remaining commands. */
    public List<CommandRun> runAll() {
        List<CommandRun> out = new ArrayList<>();
        for (Optional<CommandRun> r = runNext(); r.isPresent(); r = runNext()) {
            out.add(r.get());
        }
        return out;
    }

    private void finish() {
        runs.add(new RunRecord(experiment.name(), pending.request(), pendingStart.from(), pendingStart.command(), pending.startedAt(),
                sim.now(), pending.result()));
        pending = null;
        pendingStart = null;
    }

    /** Whether a command is in flight. */
    public boolean running() {
        return pending != null;
    }

    /** The index: every command run so far, in order. */
    public List<RunRecord> runs() {
        return List.copyOf(runs);
    }

    /** The cluster the control plane allocated (nodes, networks, services, tasks): immutable values. */
    public io.swarmsim.engine.control.Cluster cluster() {
        return sim.cluster();
    }

    /** The desired kernel state every namespace was built from (devices, links, addresses, rules): immutable values. */
    public io.swarmsim.engine.control.DesiredState desired() {
        return sim.desired();
    }

    /** The upstream nameservers of the nodes' embedded DNS servers (what they forward unknown names to). */
    public List<io.swarmsim.kernel.net.IpAddress> upstreamDns() {
        return sim.upstreamDns();
    }

    /** The experiment's commands in the order {@link #runNext()} runs them (times counted out). */
    public List<CommandSpec> plan() {
        return List.copyOf(plan);
    }

    /** Names of the cluster's namespaces (nodes' hosts, containers, sandboxes). */
    public List<String> namespaces() {
        return sim.namespaceNames();
    }

    /** A read-only copy of namespace {@code name} now. */
    public NamespaceSnapshot snapshot(String name) {
        return sim.namespace(name).map(ns -> NamespaceSnapshot.of(ns, sim.now()))
                .orElseThrow(() -> new IllegalArgumentException("no namespace " + name + "; the cluster has " + namespaces()));
    }

    /**
     * What {@code sim exec <scenario> <where> -- <commandLine>} prints (stdout, then stderr) for a
     * view of namespace {@code where} now: {@code iptables -nvL -t mangle}, {@code ipvsadm},
     * {@code ip route}, {@code docker service ls}, ... with the counters of what has run so far. Read
     * only, so a viewer can show the real tool's picture at any point of the session without
     * changing it: commands that make traffic ({@code dig}, {@code curl}, {@code ping}) are refused
     * (run them with {@link #runCommand}). The line is split at white space; views need no quoting.
     *
     * @param where a task, container ID or prefix, node, or sandbox ({@code node1:ingress_sbox}), as for {@code sim exec}
     * @throws IllegalArgumentException if {@code where} names nothing (the message lists what exists) or the command is not a view
     */
    public String exec(String where, String commandLine) {
        List<String> argv = Arrays.stream(commandLine.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (!argv.isEmpty() && !VIEWS.contains(argv.get(0))) {
            throw new IllegalArgumentException("'" + argv.get(0) + "' is not a view of the namespace's state; expected one of "
                    + new TreeSet<>(VIEWS) + " (run dig, curl and ping with runCommand)");
        }
        ExecResult r = ExecCommand.run(sim, ExecTarget.resolve(sim, where), argv);
        return r.out() + r.err();
    }

    /**
     * A new session rebuilt from the seed and replayed to {@code time}: the same commands started at
     * the same points, so every event up to {@code time} is identical to this session's.
     * {@code setup} runs on the new session before anything happens (subscribe listeners there).
     */
    public Session rewindTo(long time, Consumer<Session> setup) {
        Session s = new Session(scenario, experiment, seed);
        setup.accept(s);
        for (Started st : history) {
            if (st.time() > time) {
                break;
            }
            while (s.pending != null || s.sim.executed() < st.executed()) {
                s.step();
            }
            s.sim.runUntil(st.time());
            if (st.planned()) {
                s.startNext();
            } else {
                s.start(st.from(), st.command(), false);
            }
        }
        s.runUntil(time);
        return s;
    }

    /** Starts the experiment's next command; where nothing runs, its result (why not) is final at once. */
    private void startNext() {
        CommandSpec c = plan.get(nextPlanned++);
        if (sim.namespaceOf(c.from()).isEmpty()) {
            history.add(new Started(sim.executed(), sim.now(), c.from(), c.run(), true));
            runs.add(new RunRecord(experiment.name(), 0, c.from(), c.run(), sim.now(), sim.now(), sim.run(c)));
            return;
        }
        start(c.from(), c.run(), true);
    }

    /**
     * The events of run {@code number} (see {@link RunRecord#number()}), at {@code level}: the
     * session keeps no trace, so they are produced again by replaying from the seed.
     */
    public List<TraceEvent> eventsOf(long number, TraceLevel level) {
        RunRecord r = runs.stream().filter(x -> x.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run " + number + "; runs so far: " + runs.size()));
        TraceCollector c = new TraceCollector(number);
        rewindTo(r.finishedAt(), s -> s.subscribe(c, level));
        return c.events();
    }
}
