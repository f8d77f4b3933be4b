package io.swarmsim.engine.report;

import io.swarmsim.engine.scenario.Durations;
import java.util.List;
import java.util.Locale;

/**
 * An experiment's time-line as text: the control-plane steps as each node applied them, then per
 * workload its totals, a chart of answered ({@code #}) and failed ({@code x}) requests per interval
 * (runs of equal intervals folded into one line), its errors with their first reason, and the
 * tasks that served it from when to when.
 */
final class TimelineText {
    private static final int WIDTH = 40;

    private TimelineText() {
    }

    static void render(StringBuilder sb, TimelineResult t) {
        if (!t.control().isEmpty()) {
            sb.append("\nTime-line (control plane, as each node applied it):\n");
            for (TimelineResult.ControlLine c : t.control()) {
                sb.append(String.format(Locale.ROOT, "  %9.3f s  %-6s %-15s %s: %s%n", c.at() / 1e9, c.node(),
                        c.step().toLowerCase(Locale.ROOT), c.task(), c.detail()));
            }
        }
        for (WorkloadResult w : t.workloads()) {
            workload(sb, w, t.intervalNanos());
        }
    }

    private static void workload(StringBuilder sb, WorkloadResult w, long interval) {
        sb.append(String.format(Locale.ROOT, "%nWorkload %s: %s client on %s, a request every %s for %s from %s, %s%n", w.name(), w.client(),
                w.from(), Durations.text(w.every()), Durations.text(w.duration()), Durations.text(w.start()),
                w.keepAlive() ? "one connection kept alive" : "a new connection per request"));
        sb.append(String.format(Locale.ROOT, "  sent %d, answered %d, failed %d%n", w.sent(), w.ok(), w.failed()));
        long most = w.series().stream().mapToLong(i -> i.ok() + i.failed()).max().orElse(0);
        sb.append(String.format(Locale.ROOT, "  %-19s %6s %6s  (%s per interval: # answered, x failed)%n", "sent in", "ok", "failed",
                Durations.text(interval)));
        List<WorkloadResult.Interval> series = w.series();
        for (int i = 0; i < series.size(); ) {
            WorkloadResult.Interval first = series.get(i);
            int j = i;
            while (j + 1 < series.size() && series.get(j + 1).ok() == first.ok() && series.get(j + 1).failed() == first.failed()) {
                j++;
            }
            String span = i == j ? Durations.text(first.start())
                    : Durations.text(first.start()) + " - " + Durations.text(series.get(j).start() + interval);
            sb.append(String.format(Locale.ROOT, "  %-19s %6d %6d  %s%n", span, first.ok(), first.failed(), bar(first, most)));
            i = j + 1;
        }
        for (WorkloadResult.ErrorCount e : w.errors()) {
            sb.append(String.format(Locale.ROOT, "  %s: %d, sent from %.3f s to %.3f s; the first: %s%n", e.error(), e.count(), e.firstAt() / 1e9,
                    e.lastAt() / 1e9, e.firstReason()));
        }
        sb.append("  served by:");
        for (WorkloadResult.TaskServed s : w.servedBy()) {
            sb.append(String.format(Locale.ROOT, " %s %d (%.3f s to %.3f s);", s.task(), s.count(), s.firstAt() / 1e9, s.lastAt() / 1e9));
        }
        sb.append('\n');
    }

    private static String bar(WorkloadResult.Interval i, long most) {
        if (most == 0) {
            return "";
        }
        int ok = (int) Math.round((double) WIDTH * i.ok() / most);
        int failed = (int) Math.round((double) WIDTH * i.failed() / most);
        if (i.failed() > 0 && failed == 0) {
            failed = 1;
        }
        return "#".repeat(ok) + "x".repeat(failed);
    }
}
