package io.swarmsim.engine.sim;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.report.TraceReport;
import io.swarmsim.kernel.trace.TraceSink;
import io.swarmsim.kernel.trace.TraceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** Keeps the trace steps of one request with their simulated time, to print its hops afterwards. */
public final class TraceCollector implements TraceSink {
    private final List<TraceReport.Timed> steps = new ArrayList<>();
    private final long request;
    private LongSupplier clock = () -> 0L;

    /** @param request the request to keep (1-based, in the order the experiment runs its commands) */
    public TraceCollector(long request) {
        this.request = request;
    }

    /** The simulation whose clock stamps the steps (set once it exists). */
    public void clock(LongSupplier now) {
        this.clock = now;
    }

    @Override
    public void step(TraceStep step) {
        if (PacketIds.requestOf(step.traceId()) == request) {
            steps.add(new TraceReport.Timed(clock.getAsLong(), step));
        }
    }

    /** The kept request's steps, in the order they happened. */
    public List<TraceReport.Timed> steps() {
        return List.copyOf(steps);
    }
}
