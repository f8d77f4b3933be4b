package io.swarmsim.engine.sim;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.trace.TraceListener;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Keeps, for the current request, the decisions its report line needs: which IPVS picked which
 * real server, where (from the typed IPVS events, never from trace text).
 */
final class RequestNotes implements TraceListener {
    private final Function<String, String> label;
    private long request = -1;
    private final List<String> notes = new ArrayList<>();

    /** @param label names a namespace for a learner ({@code client.1's container (b9e706026b62)}) */
    RequestNotes(Function<String, String> label) {
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
    public void onEvent(TraceEvent e) {
        if (!(e instanceof TraceEvent.Ipvs v) || PacketIds.requestOf(v.traceId()) != request) {
            return;
        }
        String note = switch (v.step()) {
            case SCHEDULED -> v.why() + "; destination " + endpoint(v.before()) + " -> " + endpoint(v.after());
            case DROPPED -> v.why();
            case EXISTING, REPLY -> null;
        };
        if (note == null) {
            return;
        }
        String line = "IPVS in " + label.apply(v.at().netns()) + ": " + note;
        if (!notes.contains(line)) {
            notes.add(line);
        }
    }

    private static String endpoint(Packet p) {
        return p.dst() + ":" + p.dport();
    }
}
