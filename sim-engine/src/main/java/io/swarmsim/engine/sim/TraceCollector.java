package io.swarmsim.engine.sim;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.report.TraceReport;
import io.swarmsim.kernel.trace.TraceSink;
import io.swarmsim.kernel.trace.TraceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** Keeps every trace step with its simulated time, to print one request's hops afterwards. */
public final class TraceCollector implements TraceSink {
    private final List<TraceReport.Timed> steps = new ArrayList<>();
    private LongSupplier clock = () -> 0L;

    /** The simulation whose clock stamps the steps (set once it exists). */
    public void clock(LongSupplier now) {
        this.clock = now;
    }

    @Override
    public void step(TraceStep step) {
        steps.add(new TraceReport.Timed(clock.getAsLong(), step));
    }

    /** The steps of request {@code k} (1-based, in the order the experiment ran its commands). */
    public List<TraceReport.Timed> request(long k) {
        return steps.stream().filter(t -> PacketIds.requestOf(t.step().traceId()) == k).toList();
    }
}
