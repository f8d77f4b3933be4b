package io.swarmsim.engine.bench;

import io.swarmsim.engine.generate.ScenarioGenerator;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scale benchmark: generates a cluster, times building its whole kernel state (every
 * namespace, device, rule, IPVS table and DNS record), measures the heap it holds, then runs VIP
 * requests from the client through the full packet path with tracing off, in two phases: a warm-up
 * (the first tenth of the requests, at most 100,000, while the JIT compiles the data path) and the
 * rest, each with its wall and CPU time and the bytes this thread allocated. Time and allocation
 * are measured here, outside the model, and only reported.
 */
public final class ScaleBench {
    /** The figures of one run. */
    public record Figures(int nodes, int services, int tasks, int namespaces, long buildMillis, long heapMiB, long peakHeapMiB,
                          Phase warmUp, Phase measured, Map<String, Integer> served) {
        public int requests() {
            return warmUp.requests() + measured.requests();
        }
    }

    /** One phase of the requests: how many, their wall and CPU time, bytes allocated, passes and rules visited. */
    public record Phase(int requests, long wallNanos, long cpuNanos, long allocatedBytes, long packets, long rules) {
        public double requestsPerSecond() {
            return requests * 1e9 / Math.max(1, wallNanos);
        }

        /** Packet passes through a namespace's stack per second of this thread's CPU time. */
        public double passesPerCpuSecond() {
            return packets * 1e9 / Math.max(1, cpuNanos);
        }

        public double microsPerPass() {
            return cpuNanos / 1e3 / Math.max(1, packets);
        }

        public double bytesPerRequest() {
            return (double) allocatedBytes / Math.max(1, requests);
        }
    }

    /** The warm-up's share of the requests, and its most. */
    static final int WARM_UP_SHARE = 10;
    static final int WARM_UP_MAX = 100_000;

    private ScaleBench() {
    }

    public static Figures run(ScenarioGenerator.Spec spec) throws ScenarioException {
        Scenario s = ScenarioLoader.parse(ScenarioGenerator.generate(spec), Path.of("generated.yaml"));
        Experiment e = s.experiment("vip").orElseThrow();
        gc();
        long heapBefore = usedHeap();
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        Simulation sim = new Simulation(s, s.servicesFor(e), 1, io.swarmsim.engine.trace.TraceLevel.NONE);
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        long peak = peakHeap();
        gc();
        long heapMiB = (usedHeap() - heapBefore) >> 20;
        Map<String, Integer> served = new LinkedHashMap<>();
        int warmUp = Math.min(WARM_UP_MAX, spec.requests() / WARM_UP_SHARE);
        CommandSpec written = e.commands().get(0);
        CommandSpec curl = new CommandSpec(written.from(), written.run(), 1, null);
        Phase first = requests(sim, curl, warmUp, served);
        Phase rest = requests(sim, curl, spec.requests() - warmUp, served);
        return new Figures(spec.nodes(), spec.services(), sim.cluster().tasks().size(), sim.desired().namespaces().size(), buildMillis,
                heapMiB, peak >> 20, first, rest, served);
    }

    /** Runs {@code n} times the experiment's {@code curl svc1} from the client and measures them. */
    private static Phase requests(Simulation sim, CommandSpec curl, int n, Map<String, Integer> served) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long packets0 = sim.totals().packets();
        long rules0 = sim.totals().rules();
        long bytes0 = threads.getCurrentThreadAllocatedBytes();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            CommandRun r = sim.run(curl);
            served.merge(String.valueOf(r.servedBy()), 1, Integer::sum);
        }
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long bytes = threads.getCurrentThreadAllocatedBytes() - bytes0;
        return new Phase(n, wall, cpu, bytes, sim.totals().packets() - packets0, sim.totals().rules() - rules0);
    }

    /** The sum of the heap pools' peak usage since the last reset (what the build needed at most). */
    private static long peakHeap() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
