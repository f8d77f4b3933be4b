package io.swarmsim.kernel.ipvs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Scheduler modules by name, like the kernel's registered {@code ip_vs_scheduler}s. Each service gets a fresh instance. */
public final class SchedulerRegistry {
    private final Map<String, Supplier<Scheduler>> modules = new LinkedHashMap<>();

    /** A registry with rr, wrr, lc, wlc and sh. */
    public static SchedulerRegistry standard() {
        SchedulerRegistry r = new SchedulerRegistry();
        r.register("rr", RoundRobinScheduler::new);
        r.register("wrr", WeightedRoundRobinScheduler::new);
        r.register("lc", LeastConnectionScheduler::new);
        r.register("wlc", WeightedLeastConnectionScheduler::new);
        r.register("sh", SourceHashScheduler::new);
        return r;
    }

    public void register(String name, Supplier<Scheduler> factory) {
        if (modules.putIfAbsent(name, factory) != null) {
            throw new IllegalArgumentException("scheduler already registered: " + name);
        }
    }

    /** A new scheduler instance; throws like {@code ipvsadm} ("Scheduler not found") for an unknown name. */
    public Scheduler create(String name) {
        Supplier<Scheduler> f = modules.get(name);
        if (f == null) {
            throw new IllegalArgumentException("Scheduler not found: ip_vs_" + name + ".ko");
        }
        return f.get();
    }

    public List<String> names() {
        return List.copyOf(modules.keySet());
    }
}
