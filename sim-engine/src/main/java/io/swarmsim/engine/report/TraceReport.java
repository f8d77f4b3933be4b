package io.swarmsim.engine.report;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.kernel.trace.TraceStep;
import java.util.List;
import java.util.Map;

/**
 * Prints every hop of one request: grouped by namespace as the packet moves, one line per decision
 * with the stage, where in the stack it happened and what was decided.
 */
public final class TraceReport {
    /** A trace step with the simulated time it happened at. */
    public record Timed(long timeNanos, TraceStep step) {
    }

    private TraceReport() {
    }

    /**
     * @param labels a readable name per namespace (task name for containers), shown next to it
     */
    public static String render(String title, List<Timed> steps, Map<String, String> labels) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        if (steps.isEmpty()) {
            return sb.append("  (no packet)\n").toString();
        }
        long t0 = steps.get(0).timeNanos();
        int whereWidth = steps.stream().mapToInt(s -> s.step().where().length()).max().orElse(8);
        String last = null;
        long lastPacket = -1;
        for (Timed t : steps) {
            TraceStep s = t.step();
            if (!s.netns().equals(last) || s.traceId() != lastPacket) {
                String label = labels.getOrDefault(s.netns(), "");
                sb.append(String.format("%9.3f ms  %s%s  [%s]%n", (t.timeNanos() - t0) / 1e6, s.netns(),
                        label.isEmpty() || label.equals(s.netns()) ? "" : " (" + label + ")", PacketIds.describe(s.traceId())));
                last = s.netns();
                lastPacket = s.traceId();
            }
            sb.append(String.format("             %-9s %-" + whereWidth + "s  %s%n", s.stage().name().toLowerCase(), s.where(), s.detail()));
        }
        return sb.toString();
    }
}
