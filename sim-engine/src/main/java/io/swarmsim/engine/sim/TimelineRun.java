package io.swarmsim.engine.sim;

import io.swarmsim.engine.control.Lifecycle;
import io.swarmsim.engine.report.TimelineResult;
import io.swarmsim.engine.scenario.Timeline;
import io.swarmsim.engine.scenario.TimelineEvent;
import io.swarmsim.engine.scenario.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs an experiment's time-line to its end: starts every workload, lets simulated time run past
 * the last request's timeout and the last control-plane step on the slowest node, and collects the
 * control-plane steps as applied and each workload's tally.
 */
final class TimelineRun {
    /** How long after the last event the run goes on, so the last packets settle. */
    static final long SETTLE = 1_000_000_000L;

    private TimelineRun() {
    }

    static Optional<TimelineResult> run(Simulation sim, Timeline t) {
        if (t.isEmpty()) {
            return Optional.empty();
        }
        List<WorkloadTally> tallies = new ArrayList<>();
        for (Workload w : t.workloads()) {
            WorkloadTally tally = new WorkloadTally(w, t.intervalNanos());
            tallies.add(tally);
            sim.startWorkload(w, tally::add);
        }
        long lastStep = sim.lifecycle().steps().stream().mapToLong(Lifecycle.Step::at).max().orElse(0);
        long maxDelay = t.events().stream().filter(e -> e.action() == TimelineEvent.Action.DELAY).mapToLong(TimelineEvent::delay).max().orElse(0);
        long lastRequest = t.workloads().stream().mapToLong(w -> w.start() + w.duration() + w.timeout()).max().orElse(0);
        sim.runUntil(Math.max(sim.now(), Math.max(lastStep + maxDelay, lastRequest)) + SETTLE);
        List<TimelineResult.ControlLine> control = sim.controlPlane().stream()
                .map(a -> new TimelineResult.ControlLine(a.at(), a.node(), a.step().name(), a.task(), a.detail())).toList();
        return Optional.of(new TimelineResult(t.intervalNanos(), control, tallies.stream().map(WorkloadTally::result).toList()));
    }
}
