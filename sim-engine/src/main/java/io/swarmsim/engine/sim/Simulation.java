package io.swarmsim.engine.sim;

import io.swarmsim.engine.apps.CommandEnv;
import io.swarmsim.engine.apps.Commands;
import io.swarmsim.engine.apps.EmbeddedDnsServer;
import io.swarmsim.engine.apps.UserCommand;
import io.swarmsim.engine.apps.VoteServer;
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
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.resolver.CachePolicy;
import io.swarmsim.kernel.resolver.PositiveCache;
import io.swarmsim.kernel.trace.TraceSink;
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

    private final EventLoop loop = new EventLoop();
    private final RandomStreams streams;
    private final Fabric fabric;
    private final Cluster cluster;
    private final DesiredState desired;
    private final ImageCatalogue images;
    private final Map<String, NetNamespace> namespaces;
    private final Map<String, PositiveCache> jvmCaches = new java.util.HashMap<>();
    private final Map<String, VoteServer> servers = new java.util.HashMap<>();
    private final Map<String, DesiredState.Namespace> specs = new java.util.HashMap<>();
    private final Map<String, DesiredState.Namespace> byOwner = new java.util.HashMap<>();
    private final RequestNotes notes;
    private final boolean explain;
    private final io.swarmsim.kernel.netns.PathStats total = new io.swarmsim.kernel.netns.PathStats(null);
    private final List<io.swarmsim.kernel.net.IpAddress> upstreams;
    private long requests;

    public Simulation(Scenario scenario, List<Service> services, long seed, TraceSink trace) {
        this(scenario, services, seed, trace, true);
    }

    /**
     * @param explain whether report lines name the IPVS picks (this keeps the data plane's trace
     *                text switched on); benchmarks turn it off so packets build no trace text
     */
    public Simulation(Scenario scenario, List<Service> services, long seed, TraceSink trace, boolean explain) {
        this.streams = new RandomStreams(seed);
        this.explain = explain;
        this.upstreams = scenario.sim().upstreamDns();
        this.images = new ImageCatalogue(scenario.sim().images());
        this.cluster = Allocator.allocate(scenario, services, streams);
        this.desired = Planner.plan(cluster, images, streams.stream("kernel-ports"), streams.stream("kernel-macs"));
        if (trace instanceof TraceCollector c) {
            c.clock(loop::now);
        }
        this.notes = new RequestNotes(trace, this::label);
        this.fabric = new Fabric(loop, explain ? notes : trace, Latencies.DEFAULT);
        this.namespaces = KernelLoader.load(desired, fabric, streams.stream("ephemeral-ports"), total);
        DockerEmbeddedDns dns = new DockerEmbeddedDns(scenario.sim().upstreamDns(), ForwardingPolicy.MOBY_CURRENT);
        DnsViews views = new DnsViews(cluster);
        Map<String, DesiredState.Namespace> containers = new java.util.HashMap<>();
        desired.namespaces().stream().filter(n -> n.kind() == DesiredState.Kind.CONTAINER).forEach(n -> containers.put(n.owner(), n));
        desired.namespaces().forEach(n -> specs.put(n.name(), n));
        desired.namespaces().stream().filter(n -> n.kind() == DesiredState.Kind.CONTAINER || n.kind() == DesiredState.Kind.HOST)
                .forEach(n -> byOwner.putIfAbsent(n.owner(), n));
        for (Cluster.Task t : cluster.tasks()) {
            DesiredState.Namespace spec = containers.get(t.name());
            NetNamespace ns = namespaces.get(spec.name());
            spec.dns().ifPresent(d -> new EmbeddedDnsServer(fabric, ns, d.udpPort(), dns, views.of(t),
                    streams.stream("dns-shuffle@" + t.node().name())));
            if (VoteServer.runsIn(t.image())) {
                servers.put(t.name(), new VoteServer(fabric, ns, t.shortContainerId()));
            }
        }
    }

    public List<io.swarmsim.kernel.net.IpAddress> upstreamDns() {
        return upstreams;
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

    /** The namespace a command {@code from} names: a task's container or a node's host. */
    public Optional<NetNamespace> namespaceOf(String from) {
        return Optional.ofNullable(byOwner.get(from)).map(s -> namespaces.get(s.name()));
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
        return cluster.service(service).map(s -> s.rejection().map(r -> from + " does not run: Docker refused service " + service + " (" + r + ")")
                        .orElse(from + " does not run: service " + service + " has " + cluster.tasksOf(service).size() + " running tasks"))
                .orElse(from + " is neither a node nor a running task");
    }

    /** Runs a user command ({@code dig}, {@code ping}, {@code curl}) inside {@code ns}, shown as run from {@code where}. */
    public CommandRun runIn(NetNamespace ns, String where, String commandLine) {
        String image = Optional.ofNullable(specs.get(ns.name())).filter(n -> n.kind() == DesiredState.Kind.CONTAINER)
                .flatMap(n -> cluster.task(n.owner())).map(Cluster.Task::image).orElse("debian");
        UserCommand cmd = Commands.parse(commandLine);
        CommandRun[] result = new CommandRun[1];
        notes.start(++requests);
        long started = loop.now();
        long packets0 = total.packets();
        long rules0 = total.rules();
        CommandEnv env = new CommandEnv(fabric, ns, where, images.profile(image), cluster, new PacketIds(requests),
                streams.stream("client@" + ns.name()), EPOCH_SECONDS,
                jvmCaches.computeIfAbsent(ns.name(), f -> CachePolicy.fixedSeconds(30, "JVM InetAddress cache").newCache()));
        cmd.start(env, r -> result[0] = r);
        while (result[0] == null && loop.step()) {
            // run events until the command has finished
        }
        if (result[0] == null) {
            throw new IllegalStateException("command '" + commandLine + "' never finished");
        }
        loop.runUntil(loop.now() + 100_000_000L);
        CommandRun r = explain ? explained(result[0], ns, started) : result[0];
        return r.withCost(total.packets() - packets0, total.rules() - rules0);
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

    /** Adds what the data plane decided for this request: IPVS picks, and the source the server saw. */
    private CommandRun explained(CommandRun r, NetNamespace from, long started) {
        List<String> extra = new java.util.ArrayList<>(notes.notes());
        if (r.servedBy() != null && servers.containsKey(r.servedBy())) {
            Optional<VoteServer.Hit> hit = servers.get(r.servedBy()).lastHit();
            if (hit.isPresent() && hit.get().atNanos() >= started) {
                io.swarmsim.kernel.net.IpAddress seen = hit.get().from();
                boolean own = from.addresses().stream().anyMatch(a -> a.address().equals(seen));
                extra.add(r.servedBy() + " saw the connection come from " + seen + " (" + AddressNames.describe(cluster, seen) + ")"
                        + (own ? "" : ", not from the client: the client's address is lost"));
            }
        }
        if (extra.isEmpty()) {
            return r;
        }
        return new CommandRun(r.from(), r.command(), r.output(), r.resolved(), r.connected(), r.servedBy(),
                r.reason() + "; " + String.join("; ", extra));
    }
}
