package io.swarmsim.engine.scenario;

import java.util.List;

/**
 * An experiment's time-line: control-plane events at simulated times, the workloads that send
 * requests meanwhile, and the width of one interval of the report's success and failure series.
 */
public record Timeline(List<TimelineEvent> events, List<Workload> workloads, long intervalNanos) {
    /** The report's interval when the experiment names none: 10 s. */
    public static final long DEFAULT_INTERVAL = 10_000_000_000L;
    public static final Timeline NONE = new Timeline(List.of(), List.of(), DEFAULT_INTERVAL);

    public Timeline {
        events = List.copyOf(events);
        workloads = List.copyOf(workloads);
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("interval must be positive");
        }
    }

    public boolean isEmpty() {
        return events.isEmpty() && workloads.isEmpty();
    }

    /** When the last workload stops sending (0 without workloads). */
    public long end() {
        return workloads.stream().mapToLong(w -> w.start() + w.duration()).max().orElse(0);
    }
}
