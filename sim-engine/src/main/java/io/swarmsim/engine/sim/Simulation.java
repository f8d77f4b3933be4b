package io.swarmsim.engine.sim;

import io.swarmsim.engine.apps.CommandEnv;
import io.swarmsim.engine.apps.Commands;
import io.swarmsim.engine.apps.UserCommand;
import io.swarmsim.engine.apps.ServedLog;
import io.swarmsim.engine.apps.TaskServers;
import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.control.Planner;
import io.swarmsim.engine.images.ImageCatalogue;
import io.swarmsim.engine.loop.EventLoop;
import io.swarmsim.engine.loop.RandomStreams;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.engine.net.Latencies;
import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.Service;
import io.swarmsim.kernel.dns.DockerEmbeddedDns;
import io.swarmsim.kernel.dns.ForwardingPolicy;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.resolver.CachePolicy;
import io.swarmsim.kernel.resolver.PositiveCache;
import io.swarmsim.engine.trace.EventBus;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.engine.trace.TraceListener;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated cluster: control plane decisions, the kernel state they produce loaded into model
 * namespaces, the daemons and servers running in them, and an event loop to run user commands.
 */
public final class Simulation {
    /** 2016-07-27 10:00:00 UTC, when the seed's experiments ran: the wall time of simulated zero. */
    public static final long EPOCH_SECONDS = 1_469_613_600L;

    /** How long a command's last packets (FIN, ACK) may take after it printed its result. */
    static final long SETTLE_NANOS = 100_000_000L;

    private final EventLoop loop = new EventLoop();
    private final EventBus bus = new EventBus();
    private final RandomStreams streams;
    private final Fabric fabric;
    private final Cluster cluster;
    private final DesiredState desired;
    private final ImageCatalogue images;
    private final Map<String, NetNamespace> namespaces;
    private final Map<String, PositiveCache> jvmCaches = new java.util.HashMap<>();
    private final ServedLog served = new ServedLog();
    private final TaskServers servers;
    /** The tasks whose containers run a server. */
    private final java.util.Set<String> serving;
    private final Map<String, DesiredState.Namespace> specs = new java.util.HashMap<>();
    private final Map<String, DesiredState.Namespace> byOwner = new java.util.HashMap<>();
    /** Per container namespace, how its programs find names (its /etc/hosts, resolv.conf). */
    private final Map<String, io.swarmsim.engine.apps.ContainerNames> names;
    private final RequestReasons reasons;
    /** Each task's container namespace, by task name. */
    private final Map<String, DesiredState.Namespace> containerOf = new java.util.HashMap<>();
    private final TraceLevel explain;
    private final io.swarmsim.kernel.netns.PathStats total = new io.swarmsim.kernel.netns.PathStats(null);
    private final List<io.swarmsim.kernel.net.IpAddress> upstreams;
    private long requests;
    private final io.swarmsim.engine.control.Lifecycle lifecycle;
    /** Runs the time-line's control-plane steps; null without a time-line. */
    private final ControlPlaneDriver driver;

    public Simulation(Scenario scenario, List<Service> services, long seed) {
        this(scenario, services, seed, TraceLevel.FULL);
    }

    /**
     * @param explain how much each command's reason line says, read from the run's events:
     *                {@code FULL} the client's decisions, the IPVS picks and the source the server
     *                saw; {@code SUMMARY} the client's decisions only (no data-plane event is built
     *                for it); {@code NONE} no reason at all, so packets build no events (benchmarks)
     */
    public Simulation(Scenario scenario, List<Service> services, long seed, TraceLevel explain) {
        this(scenario, services, seed, explain, List.of());
    }

    /**
     * As above, with an experiment's time-line: the tasks it creates are built with the cluster and
     * its control-plane steps are scheduled on the event loop (see {@link ControlPlaneDriver}).
     */
    public Simulation(Scenario scenario, List<Service> services, long seed, TraceLevel explain,
                      List<io.swarmsim.engine.scenario.TimelineEvent> timeline) {
        this.streams = new RandomStreams(seed);
        this.explain = explain;
        this.upstreams = scenario.sim().upstreamDns();
        this.images = new ImageCatalogue(scenario.sim().images());
        this.servers = new TaskServers(scenario.sim(), served);
        Allocator.Allocation allocation = Allocator.allocate(scenario, services, streams, timeline);
        this.cluster = allocation.cluster();
        this.lifecycle = allocation.lifecycle();
        this.desired = Planner.plan(cluster, images, streams.stream("kernel-ports"), streams.stream("kernel-macs"), servers::of);
        this.reasons = new RequestReasons(this::label);
        if (explain != TraceLevel.NONE) {
            bus.subscribe(reasons, TraceLevel.SUMMARY, RequestReasons.kinds(explain));
        }
        this.fabric = new Fabric(loop, bus, Latencies.DEFAULT);
        this.namespaces = KernelLoader.load(desired, fabric, streams.stream("ephemeral-ports"), total);
        DockerEmbeddedDns dns = new DockerEmbeddedDns(scenario.sim().upstreamDns(), ForwardingPolicy.MOBY_CURRENT);
        desired.namespaces().stream().filter(n -> n.kind() == DesiredState.Kind.CONTAINER).forEach(n -> containerOf.put(n.owner(), n));
        desired.namespaces().forEach(n -> specs.put(n.name(), n));
        desired.namespaces().stream().filter(n -> n.kind() == DesiredState.Kind.CONTAINER || n.kind() == DesiredState.Kind.HOST)
                .forEach(n -> byOwner.putIfAbsent(n.owner(), n));
        // a task on the host network runs in its node's namespace
        desired.hostNetworkTasks().keySet().forEach(t -> desired.ofTask(t).ifPresent(n -> {
            byOwner.put(t, n);
            containerOf.put(t, n);
        }));
        NodeDnsRecords records = new NodeDnsRecords(desired.dnsRecords());
        Daemons daemons = Daemons.start(desired, namespaces, fabric, bus, dns, streams, servers, records);
        this.serving = daemons.serving();
        this.names = daemons.names();
        this.driver = lifecycle.steps().isEmpty() && lifecycle.created().isEmpty() ? null
                : new ControlPlaneDriver(cluster, desired, namespaces, fabric, bus, records, lifecycle);
    }

    /** Adds a listener that hears this simulation's events at {@code level}, from now on. */
    public EventBus.Subscription subscribe(TraceListener listener, TraceLevel level) {
        return bus.subscribe(listener, level);
    }

    /** Runs the next pending event; false when none is left. */
    public boolean step() {
        return loop.step();
    }

    /** Runs every event up to {@code time}, then sets the clock there. */
    public void runUntil(long time) {
        loop.runUntil(time);
    }

    /** The time of the next pending event, or {@link Long#MAX_VALUE} when none is pending. */
    public long nextTime() {
        return loop.nextTime();
    }

    /** Namespace names, in the order the desired state declares them. */
    public List<String> namespaceNames() {
        return desired.namespaces().stream().map(DesiredState.Namespace::name).toList();
    }

    /** How many events wait in the event loop now. */
    public int pendingEvents() {
        return loop.pending();
    }

    /** How many events have run since the start. */
    public long executed() {
        return loop.executed();
    }

    public List<io.swarmsim.kernel.net.IpAddress> upstreamDns() {
        return upstreams;
    }

    /** The task life cycle the experiment's time-line gives (empty without one). */
    public io.swarmsim.engine.control.Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Every control-plane step as each node applied it so far, in time order (empty without a time-line). */
    List<ControlPlaneDriver.Applied> controlPlane() {
        return driver == null ? List.of() : driver.applied();
    }

    /** What each task serves. */
    public TaskServers servers() {
        return servers;
    }

    public Cluster cluster() {
        return cluster;
    }

    public DesiredState desired() {
        return desired;
    }

    public Fabric fabric() {
        return fabric;
    }

    public Optional<NetNamespace> namespace(String name) {
        return Optional.ofNullable(namespaces.get(name));
    }

    /** How the programs of container namespace {@code netns} find names; empty for a node or sandbox. */
    public Optional<io.swarmsim.engine.apps.ContainerNames> names(String netns) {
        return Optional.ofNullable(names.get(netns));
    }

    /** The namespace a command {@code from} names: a task's container (its node's for a task on the host network) or a node's host. */
    public Optional<NetNamespace> namespaceOf(String from) {
        return Optional.ofNullable(byOwner.get(from))
                .or(() -> cluster.taskNamed(from).map(t -> byOwner.get(t.name())))
                .map(s -> namespaces.get(s.name()));
    }

    /** Runs one command to completion and returns what it printed and why it behaved so. */
    public CommandRun run(CommandSpec spec) {
        Optional<NetNamespace> ns = namespaceOf(spec.from());
        if (ns.isEmpty()) {
            String why = notRunning(spec.from());
            return new CommandRun(spec.from(), spec.run(), "Error: No such container: " + spec.from() + "\n", List.of(), null, null, why);
        }
        return runIn(ns.get(), spec.from(), spec.run());
    }

    /** Why a task named in a scenario has no container: its service was refused, or placed fewer tasks. */
    private String notRunning(String from) {
        int dot = from.lastIndexOf('.');
        String service = dot < 0 ? from : from.substring(0, dot);
        Optional<Cluster.PendingTask> pending = cluster.service(service).stream().flatMap(s -> s.pending().stream())
                .filter(p -> p.name().equals(from) || p.node().map(n -> from.equals(service + "." + n.name())).orElse(false)).findFirst();
        if (pending.isPresent()) {
            return from + " does not run: the task is Pending (" + pending.get().error() + ")";
        }
        return cluster.service(service).map(s -> s.rejection().map(r -> from + " does not run: Docker refused service " + service + " (" + r + ")")
                        .orElse(from + " does not run: service " + service + " has " + cluster.tasksOf(service).size() + " running tasks"))
                .orElse(from + " is neither a node nor a running task");
    }

    /** Runs a user command ({@code dig}, {@code ping}, {@code curl}) inside {@code ns}, shown as run from {@code where}. */
    public CommandRun runIn(NetNamespace ns, String where, String commandLine) {
        Pending p = startIn(ns, where, commandLine);
        while (p.step()) {
            // run events until the command has finished and settled
        }
        return p.result();
    }

    /** Starts a command from {@code spec.from()}; empty when nothing runs there (see {@link #run}). */
    public Optional<Pending> start(CommandSpec spec) {
        return namespaceOf(spec.from()).map(ns -> startIn(ns, spec.from(), spec.run()));
    }

    /**
     * Starts a workload's client in the namespace its {@code from} names: its requests go out from
     * its start (or now, if that has passed) and each outcome goes to {@code sink}.
     */
    public void startWorkload(io.swarmsim.engine.scenario.Workload w, java.util.function.Consumer<io.swarmsim.engine.apps.WorkloadClient.Outcome> sink) {
        NetNamespace ns = namespaceOf(w.from()).orElseThrow(() -> new IllegalArgumentException(notRunning(w.from())));
        String image = imageAt(ns, w.from());
        java.util.SplittableRandom random = streams.stream("workload@" + w.name());
        PositiveCache cache = CachePolicy.fixedSeconds(30, "JVM InetAddress cache").newCache();
        Optional<io.swarmsim.engine.apps.ContainerNames> own = Optional.ofNullable(names.get(ns.name()));
        Map<String, String> containers = new java.util.HashMap<>();
        containerOf.forEach((task, n) -> containers.put(task, n.name()));
        new io.swarmsim.engine.apps.WorkloadClient(w, number -> new CommandEnv(fabric, bus, ns, w.from(), images.profile(image), cluster,
                new PacketIds(number), random, EPOCH_SECONDS, servers, cache, own), sink,
                new WorkloadModelView(cluster, namespaces, containers, fabric, this::label))
                .start(loop, Math.max(loop.now(), w.start()), () -> ++requests);
    }

    /**
     * Whose programs run in {@code ns} for a command from {@code where}: a container's image, also for
     * a task on the host network (its node's namespace, its own files); a node's own tools otherwise.
     */
    private String imageAt(NetNamespace ns, String where) {
        return Optional.ofNullable(specs.get(ns.name())).filter(n -> n.kind() == DesiredState.Kind.CONTAINER)
                .flatMap(n -> cluster.task(n.owner())).or(() -> cluster.taskNamed(where)
                        .filter(t -> desired.hostNetworkTasks().containsKey(t.name())))
                .map(Cluster.Task::image).orElse("debian");
    }

    /** Starts a user command; {@link Pending#step()} runs it one event at a time. */
    public Pending startIn(NetNamespace ns, String where, String commandLine) {
        String image = imageAt(ns, where);
        UserCommand cmd = Commands.parse(commandLine);
        Pending p = new Pending(ns, commandLine, ++requests);
        reasons.start(p.request);
        CommandEnv env = new CommandEnv(fabric, bus, ns, where, images.profile(image), cluster, new PacketIds(requests),
                streams.stream("client@" + ns.name()), EPOCH_SECONDS, servers,
                jvmCaches.computeIfAbsent(ns.name(), f -> CachePolicy.fixedSeconds(30, "JVM InetAddress cache").newCache()), Optional.ofNullable(names.get(ns.name())));
        cmd.start(env, r -> {
            p.raw = r;
            p.finishedAt = loop.now();
        });
        return p;
    }

    /**
     * A command on its way: it runs until it prints its result, then the network settles for
     * {@value #SETTLE_NANOS} ns (its last FIN and ACK) before the result is final.
     */
    public final class Pending {
        private final NetNamespace ns;
        private final String commandLine;
        private final long request;
        private final long started = loop.now();
        private final long packets0 = total.packets();
        private final long rules0 = total.rules();
        private CommandRun raw;
        private long finishedAt = -1;
        private CommandRun result;

        private Pending(NetNamespace ns, String commandLine, long request) {
            this.ns = ns;
            this.commandLine = commandLine;
            this.request = request;
        }

        /** The request number: the high bits of every trace id this command's packets carry. */
        public long request() {
            return request;
        }

        public long startedAt() {
            return started;
        }

        public boolean done() {
            return result != null;
        }

        /** The command's result, once {@link #done()}. */
        public CommandRun result() {
            if (result == null) {
                throw new IllegalStateException("command '" + commandLine + "' has not finished");
            }
            return result;
        }

        /** Whether the command has printed its result and settled by {@code time}: one more step finishes it. */
        public boolean settlesBy(long time) {
            return raw != null && finishedAt + SETTLE_NANOS <= time && loop.nextTime() > finishedAt + SETTLE_NANOS;
        }

        /** Runs one event of this command or of its settling; false once the command is done. */
        public boolean step() {
            if (result != null) {
                return false;
            }
            if (raw == null) {
                if (!loop.step()) {
                    throw new IllegalStateException("command '" + commandLine + "' never finished");
                }
                return true;
            }
            long until = finishedAt + SETTLE_NANOS;
            if (loop.nextTime() <= until) {
                loop.step();
                return true;
            }
            loop.runUntil(until);
            CommandRun r = explain == TraceLevel.NONE ? raw : explained(raw, ns);
            result = r.withCost(total.packets() - packets0, total.rules() - rules0);
            return false;
        }
    }

    /** Packets processed and iptables rules looked at, over every namespace, since the start. */
    public io.swarmsim.kernel.netns.PathStats totals() {
        return total;
    }

    /** A namespace as a learner knows it: a task's container, or the node-local sandbox name. */
    String label(String netns) {
        DesiredState.Namespace spec = specs.get(netns);
        if (spec != null && spec.kind() == DesiredState.Kind.CONTAINER) {
            return spec.owner() + "'s container (" + netns + ")";
        }
        return netns;
    }

    /** Simulated time now, in nanoseconds. */
    public long now() {
        return loop.now();
    }

    /**
     * The command's result with its reason line, read from the request's events: the client's
     * decisions, then (explaining fully) the IPVS picks and the source the serving task saw.
     */
    private CommandRun explained(CommandRun r, NetNamespace from) {
        String line = reasons.line();
        if (r.servedBy() != null && serving.contains(r.servedBy())) {
            Optional<IpAddress> seen = cluster.task(r.servedBy()).map(t -> containerOf.get(t.name()))
                    .flatMap(n -> reasons.sawFrom(n.name()));
            if (seen.isPresent()) {
                boolean own = from.addresses().stream().anyMatch(a -> a.address().equals(seen.get()));
                line += "; " + r.servedBy() + " saw the connection come from " + seen.get() + " (" + AddressNames.describe(cluster, seen.get())
                        + ")" + (own ? "" : ", not from the client: the client's address is lost");
            }
        }
        if (line.isEmpty()) {
            return r;
        }
        return new CommandRun(r.from(), r.command(), r.output(), r.resolved(), r.connected(), r.servedBy(), line);
    }
}
