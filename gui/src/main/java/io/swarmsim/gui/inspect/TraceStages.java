package io.swarmsim.gui.inspect;

import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages one packet went through so far: every event with its trace id up to a limit (the
 * cursor), each with what it changed in the packet. Hops (frames, hooks entered, route and FDB
 * lookups) can be folded away; what a folded hop changed (a TTL) is then told at the next stage
 * shown, so no change is lost.
 */
final class TraceStages {
    /** One event of the trace: its index in the event list, and the packet's changed fields. */
    record Stage(int index, TraceEvent event, List<String> changes) {
        boolean hop() {
            return event.kind().hop();
        }
    }

    private TraceStages() {
    }

    /** Every event of {@code traceId} among {@code events[0..limit]}, in order, with its changes. */
    static List<Stage> of(List<TraceEvent> events, long traceId, int limit) {
        List<Stage> out = new ArrayList<>();
        Packet last = null;
        for (int i = 0; i <= limit && i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (e.traceId() != traceId) {
                continue;
            }
            out.add(new Stage(i, e, Packets.changes(e, last)));
            Packet now = Packets.carried(e);
            if (now != null) {
                last = now;
            }
        }
        return out;
    }

    /**
     * The stages to show: all of them with {@code hops}, else the decisions and the event at index
     * {@code keep} (the one inspected, even if it is a hop); a folded hop's changes go to the next
     * stage shown, marked "on the way".
     */
    static List<Stage> visible(List<Stage> all, boolean hops, int keep) {
        if (hops) {
            return all;
        }
        List<Stage> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (Stage s : all) {
            if (s.hop() && s.index() != keep) {
                s.changes().forEach(c -> pending.add("on the way: " + c));
                continue;
            }
            if (pending.isEmpty()) {
                out.add(s);
            } else {
                List<String> changes = new ArrayList<>(pending);
                changes.addAll(s.changes());
                out.add(new Stage(s.index(), s.event(), changes));
                pending.clear();
            }
        }
        return out;
    }
}
