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
 * namespace, device, rule, IPVS table and DNS record), measures the heap it holds, then times
 * VIP requests from the client through the full packet path with tracing off. Wall-clock time is
 * measured here, outside the model, and only reported.
 */
public final class ScaleBench {
    /** The figures of one run. */
    public record Figures(int nodes, int services, int tasks, int namespaces, long buildMillis, long heapMiB, long peakHeapMiB,
                          int requests, long requestMillis, Map<String, Integer> served, long packets, long rules) {
    }

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
        CommandSpec curl = new CommandSpec("client.1", "curl svc1", 1, null);
        long packets0 = sim.totals().packets();
        long rules0 = sim.totals().rules();
        long t1 = System.nanoTime();
        for (int i = 0; i < spec.requests(); i++) {
            CommandRun r = sim.run(curl);
            served.merge(String.valueOf(r.servedBy()), 1, Integer::sum);
        }
        long requestMillis = (System.nanoTime() - t1) / 1_000_000;
        return new Figures(spec.nodes(), spec.services(), sim.cluster().tasks().size(), sim.desired().namespaces().size(), buildMillis,
                heapMiB, peak >> 20, spec.requests(), requestMillis, served, sim.totals().packets() - packets0, sim.totals().rules() - rules0);
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
