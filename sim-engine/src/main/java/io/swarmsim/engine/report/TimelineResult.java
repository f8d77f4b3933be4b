package io.swarmsim.engine.report;

import java.util.List;

/**
 * What an experiment's time-line did: every control-plane step as each node applied it, and each
 * workload's result, with its series in intervals of {@code intervalNanos}.
 */
public record TimelineResult(long intervalNanos, List<ControlLine> control, List<WorkloadResult> workloads) {
    public TimelineResult {
        control = List.copyOf(control);
        workloads = List.copyOf(workloads);
    }

    /** A control-plane step on one node: {@code step} is a ControlStep's name. */
    public record ControlLine(long at, String node, String step, String task, String detail) {
    }
}
