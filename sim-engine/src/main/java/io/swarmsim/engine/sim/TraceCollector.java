package io.swarmsim.engine.sim;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.trace.TraceListener;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps the events of one request (a command run), to print or inspect them afterwards. */
public final class TraceCollector implements TraceListener {
    private final List<TraceEvent> events = new ArrayList<>();
    private final long request;

    /** @param request the request to keep (1-based, in the order the experiment runs its commands) */
    public TraceCollector(long request) {
        this.request = request;
    }

    @Override
    public void onEvent(TraceEvent e) {
        if (PacketIds.requestOf(e.traceId()) == request) {
            events.add(e);
        }
    }

    /** The kept request's events, in the order they happened. */
    public List<TraceEvent> events() {
        return List.copyOf(events);
    }
}
