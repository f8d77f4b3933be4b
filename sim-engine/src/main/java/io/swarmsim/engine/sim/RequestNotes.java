package io.swarmsim.engine.sim;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.kernel.trace.TraceSink;
import io.swarmsim.kernel.trace.TraceStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes trace steps on, and keeps for the current request the decisions its report line needs:
 * which IPVS picked which real server, where.
 */
final class RequestNotes implements TraceSink {
    private final TraceSink downstream;
    private final java.util.function.Function<String, String> label;
    private long request = -1;
    private final List<String> notes = new ArrayList<>();

    /** @param label names a namespace for a learner ({@code client.1's container (b9e706026b62)}) */
    RequestNotes(TraceSink downstream, java.util.function.Function<String, String> label) {
        this.downstream = downstream;
        this.label = label;
    }

    void start(long req) {
        request = req;
        notes.clear();
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public void step(TraceStep s) {
        if (downstream.enabled()) {
            downstream.step(s);
        }
        if (s.stage() == TraceStep.Stage.IPVS && PacketIds.requestOf(s.traceId()) == request
                && !s.detail().startsWith("ipvs: existing") && !s.detail().startsWith("ipvs: reply")) {
            String note = "IPVS in " + label.apply(s.netns()) + ": " + s.detail();
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }
    }
}
