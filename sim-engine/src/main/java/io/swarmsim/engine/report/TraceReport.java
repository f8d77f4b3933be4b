package io.swarmsim.engine.report;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints every hop of one request from its events: a header whenever the namespace, the packet or
 * the time changes (so each line sits under its own time), one line per decision with the stage, where in the stack it happened and what was decided.
 */
public final class TraceReport {
    private TraceReport() {
    }

    /**
     * @param labels a readable name per namespace (task name for containers), shown next to it
     */
    public static String render(String title, List<TraceEvent> events, Map<String, String> labels) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        record Shown(TraceEvent event, TraceText.Line line) {
        }
        List<Shown> shown = new ArrayList<>();
        for (TraceEvent e : events) {
            TraceText.of(e).ifPresent(l -> shown.add(new Shown(e, l)));
        }
        if (shown.isEmpty()) {
            return sb.append("  (no packet)\n").toString();
        }
        long t0 = shown.get(0).event().time();
        int stageWidth = shown.stream().mapToInt(s -> s.line().stage().length()).max().orElse(9);
        int whereWidth = shown.stream().mapToInt(s -> s.line().where().length()).max().orElse(8);
        String last = null;
        long lastPacket = -1;
        long lastTime = -1;
        for (Shown s : shown) {
            TraceEvent e = s.event();
            String netns = e.at().netns();
            if (!netns.equals(last) || e.traceId() != lastPacket || e.time() != lastTime) {
                String label = labels.getOrDefault(netns, "");
                sb.append(String.format(Locale.ROOT, "%9.3f ms  %s%s  [%s]%n", (e.time() - t0) / 1e6, netns,
                        label.isEmpty() || label.equals(netns) ? "" : " (" + label + ")", PacketIds.describe(e.traceId())));
                last = netns;
                lastPacket = e.traceId();
                lastTime = e.time();
            }
            sb.append(String.format(Locale.ROOT, "             %-" + stageWidth + "s %-" + whereWidth + "s  %s%n",
                    s.line().stage(), s.line().where(), s.line().detail()));
        }
        return sb.toString();
    }
}
