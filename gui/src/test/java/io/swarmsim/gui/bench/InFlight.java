package io.swarmsim.gui.bench;

import io.swarmsim.gui.topology.TopologyLayout;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic stream with {@code n} frames in flight at once: the real frames of a run, one per
 * link they used (so every kind of packet and every kind of route is among them), sent again and
 * again in one request without being received; then one reception and one more sending, so the
 * cursor can step between positions that each hold about {@code n} frames on the wires.
 */
final class InFlight {
    static final long REQUEST = 7;

    private InFlight() {
    }

    static List<TraceEvent> events(List<TraceEvent> real, TopologyLayout layout, int n) {
        Map<String, TraceEvent.FrameSent> perLink = new LinkedHashMap<>();
        for (TraceEvent e : real) {
            if (e instanceof TraceEvent.FrameSent f && !f.at().equals(f.to()) && layout.route(f.at(), f.to()) != null
                    && layout.namespace(f.to().netns()) != null) {
                perLink.putIfAbsent(f.at() + ">" + f.to() + ">" + (f.frame().isArp() ? "arp" : "ip"), f);
            }
        }
        List<TraceEvent.FrameSent> links = new ArrayList<>(perLink.values());
        List<TraceEvent> out = new ArrayList<>(n + 2);
        for (int i = 0; i <= n; i++) {
            TraceEvent.FrameSent t = links.get(i % links.size());
            out.add(new TraceEvent.FrameSent(1_000L * i, (REQUEST << 16) | i, t.at(), t.to(), t.frame()));
            if (i == n - 1) {
                TraceEvent.FrameSent first = (TraceEvent.FrameSent) out.get(0);
                out.add(new TraceEvent.FrameReceived(1_000L * i + 500, first.traceId(), first.to(), first.frame()));
            }
        }
        return out;
    }

    /** How many distinct links the frames use (for the report). */
    static long links(List<TraceEvent> events) {
        return events.stream().filter(e -> e instanceof TraceEvent.FrameSent).map(e -> ((TraceEvent.FrameSent) e).at() + ">"
                + ((TraceEvent.FrameSent) e).to()).distinct().count();
    }
}
