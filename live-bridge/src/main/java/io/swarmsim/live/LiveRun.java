package io.swarmsim.live;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.pcap.CapturePlan;
import io.swarmsim.engine.pcap.CaptureRecorder;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.engine.trace.EventBus;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.live.capture.FlowComparison;
import io.swarmsim.engine.session.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One live run: check names and the machine, take the lock, apply the session's desired state to
 * real namespaces, compare the views with the model's, ping across the overlay, tear down.
 *
 * <p>Safety comes first and in this order: every name is planned and validated before any command
 * (a bad one stops the run with nothing created); a run refuses to start while an earlier run's
 * namespaces are still there (they would be mistaken for its own); teardown runs in a finally
 * block and from a JVM shutdown hook (Ctrl-C), which first stops the applying thread's command
 * runner so nothing is created after the teardown listed what to remove; the teardown works from
 * {@code ip netns list}, so a step killed half-way leaves nothing either. Nothing is ever created in,
 * or moved out of, the root namespace: every command runs inside one of the run's namespaces, and
 * the nodes' LAN is a bridge in the run's own underlay namespace.
 */
public final class LiveRun {
    private final Session session;
    private final String scenario;
    private final LiveOptions options;
    private final ProcessRunner applyRunner = new ProcessRunner();
    private final Object teardownLock = new Object();
    private boolean tornDown;
    private List<String> removed = List.of();
    private long teardownMillis;

    private LiveRun(Session session, String scenario, LiveOptions options) {
        this.session = session;
        this.scenario = scenario;
        this.options = options;
    }

    /**
     * Runs {@code session}'s experiment live and returns the report.
     *
     * @throws LiveException when the run cannot start (bad name: {@link LiveException#usage()}; not root, a
     *                       missing tool, the lock held, leftovers) or a step failed; the teardown has run by then
     */
    public static LiveReport run(Session session, String scenario, LiveOptions options) {
        return new LiveRun(session, scenario, options).run();
    }

    private LiveReport run() {
        DesiredState state = session.desired();
        RunPrefix prefix = options.prefix().orElseGet(RunPrefix::current);
        NameMap names = NameMap.plan(state, prefix);
        ApplyPlan plan = ApplyPlanner.plan(state, names, options.backend(), options.ipvs());
        Preflight.problem(options.backend()).or(() -> options.ipvs() == IpvsApply.KERNEL
                ? Preflight.missing(java.util.Map.of("ipvsadm", "ipvsadm")) : java.util.Optional.empty()).ifPresent(p -> {
            throw new LiveException(p);
        });
        try (LiveLock lock = LiveLock.acquire(options.lockFile(), prefix.value())) {
            List<String> leftovers = new Teardown(new ProcessRunner()).list().stream().filter(RunPrefix::family).toList();
            if (!leftovers.isEmpty()) {
                throw new LiveException("an earlier live run left " + leftovers.size() + " namespaces (" + leftovers.get(0)
                        + (leftovers.size() > 1 ? ", ..." : "") + "); remove them with 'sim live clean' first");
            }
            Thread hook = new Thread(() -> {
                applyRunner.stop();
                if (!options.keep()) {
                    teardown(prefix);
                }
            }, "live-teardown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return applyAndCompare(state, names, plan, prefix);
            } catch (RuntimeException e) {
                throw afterTeardown(e, prefix);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook runs (or ran) and found the teardown done
                }
            }
        }
    }

    private LiveReport applyAndCompare(DesiredState state, NameMap names, ApplyPlan plan, RunPrefix prefix) {
        long t0 = System.nanoTime();
        Applier.apply(plan, applyRunner, options.progress());
        List<String> unsettled = Settle.carriers(applyRunner, names.allNetns(), options.progress());
        List<String> notes = new java.util.ArrayList<>(plan.notes());
        if (!unsettled.isEmpty()) {
            notes.add("still without carrier after " + Settle.TIMEOUT_MILLIS / 1000 + " s: " + unsettled);
        }
        long t1 = System.nanoTime();
        ViewComparison.Result views = ViewComparison.compare(session, names, options.backend(), options.ipvs(), applyRunner, options.progress());
        long t2 = System.nanoTime();
        List<PingCheck.Ping> pings = PingCheck.run(session.cluster(), state, names, applyRunner, options.progress());
        Outcome commands = runCommands(state, names);
        long t3 = System.nanoTime();
        List<String> kept = names.allNetns();
        if (!options.keep()) {
            teardown(prefix);
        }
        return new LiveReport(scenario, session.experiment(), session.seed(), prefix, options.backend(), options.ipvs(), IpvsApply.kernelHasIpvs(), notes,
                views, pings, commands, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, teardownMillis,
                options.keep(), options.keep() ? kept : removed);
    }

    /**
     * The experiment's commands both ways: the containers' files written, their servers started and
     * the capture points captured in the real namespaces, each command run for real; then the same
     * commands in the model with the same points recorded (after the views were compared, so both
     * sides are compared at the same point); commands and flows paired up.
     */
    private Outcome runCommands(DesiredState state, NameMap names) {
        List<KernelExtras.Extra> extras = new java.util.ArrayList<>();
        ContainerFiles.write(session, names::netns, new NetnsEtc(NetnsEtc.SYSTEM));
        Optional<Cluster.Task> subject = KernelExtras.subject(session);
        Optional<IpAddress> nobody = subject.flatMap(t -> KernelExtras.unanswered(session.cluster(), t));
        List<CapturePlan.Point> points = LiveCapture.points(state);
        try (CaptureDirs dirs = CaptureDirs.open(options.pcapDir())) {
            List<NetnsJava.Job> jobs = LiveCapture.jobs(state, LiveServices.of(state, session.seed(), session.upstreamDns()), points,
                    names::netns, dirs.real(), session.seed());
            // the kernel's report of the failed neighbour takes about 3 s of ARP retries: it runs while the
            // programs start and the commands run; its packets (and the ICMP error over lo) are left out of the flows
            Optional<CompletableFuture<CmdResult>> ping = nobody.map(ip -> KernelExtras.startPing(
                    names.netns(state.ofTask(subject.get().name()).orElseThrow().name()), ip));
            List<RealCommands.Run> real;
            try (NetnsJava programs = new NetnsJava(NetnsMain.class)) {
                programs.start(jobs, "servers", options.progress());
                real = RealCommands.run(session.plan(), RealCommands.where(state, session.cluster()), names::netns, applyRunner,
                        options.progress());
            }
            CaptureRecorder recorder = new CaptureRecorder(Simulation.EPOCH_SECONDS);
            EventBus.Subscription tap = session.subscribe(CapturePlan.tap(points, recorder), TraceLevel.FULL);
            List<CommandRun> model = session.runAll();
            tap.cancel();
            dirs.writeModel(recorder);
            ping.ifPresent(p -> extras.add(KernelExtras.ping(session, subject.get(), nobody.get(), p.join())));
            subject.ifPresent(t -> extras.add(KernelExtras.iptablesSave(session, t, names.netns(state.ofTask(t.name()).orElseThrow().name()),
                    options.backend(), applyRunner)));
            return new Outcome(CommandComparison.compare(model, real, session.cluster()),
                    FlowComparison.compare(points, state, dirs.model(), dirs.real(), nobody.map(IpAddress::toString).map(java.util.Set::of)
                            .orElse(java.util.Set.of())), options.pcapDir(), extras);
        }
    }

    /** What running the commands both ways found. */
    public record Outcome(CommandComparison.Result commands, FlowComparison.Result flows, Optional<Path> pcapDir, List<KernelExtras.Extra> extras) {
    }

    /**
     * Tears down after {@code failure} and returns what to throw: the failure itself, or, when the
     * teardown failed too, one message with both (the first cause must not be lost behind the second).
     */
    private RuntimeException afterTeardown(RuntimeException failure, RunPrefix prefix) {
        if (options.keep()) {
            return failure instanceof LiveException
                    ? new LiveException(failure.getMessage() + " (--keep: what was made is left; 'sim live clean' removes it)")
                    : failure;
        }
        try {
            teardown(prefix);
            return failure;
        } catch (RuntimeException t) {
            LiveException both = new LiveException(failure.getMessage() + "; then the teardown failed too: " + t.getMessage());
            both.addSuppressed(failure);
            return both;
        }
    }

    /** Removes the run's namespaces, once, whoever asks first (the main thread or the shutdown hook); the other waits. */
    private void teardown(RunPrefix prefix) {
        synchronized (teardownLock) {
            if (tornDown) {
                return;
            }
            tornDown = true;
            long t0 = System.nanoTime();
            removed = new Teardown(new ProcessRunner()).remove(prefix::owns, options.progress());
            teardownMillis = (System.nanoTime() - t0) / 1_000_000;
        }
    }
}
