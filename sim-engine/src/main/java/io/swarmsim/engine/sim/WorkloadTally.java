package io.swarmsim.engine.sim;

import io.swarmsim.engine.apps.WorkloadClient;
import io.swarmsim.engine.report.WorkloadResult;
import io.swarmsim.engine.scenario.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a workload's outcomes as they come, in memory that does not grow with the run: one pair of
 * counters per interval, one entry per error and per serving task, the first few failures.
 */
final class WorkloadTally {
    private final Workload w;
    private final long interval;
    private final long[] ok;
    private final long[] failed;
    private long sent;
    private final Map<String, long[]> errors = new LinkedHashMap<>();
    private final Map<String, String> firstReason = new LinkedHashMap<>();
    private final Map<String, long[]> served = new LinkedHashMap<>();
    private final List<WorkloadResult.Failure> first = new ArrayList<>();

    WorkloadTally(Workload w, long interval) {
        this.w = w;
        this.interval = interval;
        // up to the interval of the last request
        int buckets = (int) ((w.start() + Math.max(0, w.requests() - 1) * w.every()) / interval) + 1;
        this.ok = new long[buckets];
        this.failed = new long[buckets];
    }

    void add(WorkloadClient.Outcome o) {
        sent++;
        int b = (int) Math.min(ok.length - 1, o.startedAt() / interval);
        if (o.ok()) {
            ok[b]++;
            count(served, o.servedBy() == null ? "(unknown)" : o.servedBy(), o.startedAt());
            return;
        }
        failed[b]++;
        String e = o.error().words();
        count(errors, e, o.startedAt());
        firstReason.putIfAbsent(e, o.reason());
        if (first.size() < WorkloadResult.KEPT_FAILURES) {
            first.add(new WorkloadResult.Failure(o.startedAt(), e, o.reason()));
        }
    }

    private static void count(Map<String, long[]> m, String key, long at) {
        long[] c = m.computeIfAbsent(key, k -> new long[] {0, at, at});
        c[0]++;
        c[1] = Math.min(c[1], at);
        c[2] = Math.max(c[2], at);
    }

    WorkloadResult result() {
        List<WorkloadResult.Interval> series = new ArrayList<>();
        for (int i = (int) (w.start() / interval); i < ok.length; i++) {
            series.add(new WorkloadResult.Interval(i * interval, ok[i], failed[i]));
        }
        long okTotal = java.util.Arrays.stream(ok).sum();
        List<WorkloadResult.ErrorCount> errs = new ArrayList<>();
        errors.forEach((e, c) -> errs.add(new WorkloadResult.ErrorCount(e, c[0], c[1], c[2], firstReason.get(e))));
        List<WorkloadResult.TaskServed> by = new ArrayList<>();
        served.forEach((t, c) -> by.add(new WorkloadResult.TaskServed(t, c[0], c[1], c[2])));
        return new WorkloadResult(w.name(), w.from(), w.client().word(), w.keepAlive(), w.every(), w.start(), w.duration(), sent, okTotal,
                sent - okTotal, series, errs, by, first);
    }
}
