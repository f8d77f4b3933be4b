package io.swarmsim.gui.timeline;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.session.RunRecord;
import java.util.Locale;

/**
 * How a command run reads in the timeline: its title as a shell transcript would show it
 * ({@code 3: client.1 # curl vote}), whether it failed, and what it printed and why. A failed run is
 * one that reached nobody (curl and ping connect to an address when they work; dig gets an answer):
 * the run's reason then says why, in a learner's words, which is what the status line shows.
 */
final class RunText {
    private RunText() {
    }

    static String title(RunRecord r) {
        return r.number() + ": " + r.from() + " # " + r.command();
    }

    /** True when the command got nowhere: no connection for curl and ping, no address for dig. */
    static boolean failed(RunRecord r) {
        CommandRun c = r.result();
        if (r.command().startsWith("dig")) {
            String out = c.output();
            return out.contains("status: SERVFAIL") || out.contains("status: NXDOMAIN") || out.contains("status: REFUSED")
                    || out.contains("connection timed out") || out.isBlank();
        }
        return c.connected() == null;
    }

    /** One line: the run, what it printed first (or who served it), and why. */
    static String status(RunRecord r) {
        CommandRun c = r.result();
        StringBuilder b = new StringBuilder("run ").append(title(r)).append("  ->  ");
        if (failed(r)) {
            b.append("FAILED: ").append(r.command().startsWith("dig") ? "no address" : firstLine(c.output()));
        } else if (c.servedBy() != null) {
            b.append("served by ").append(c.servedBy());
        } else if (r.command().startsWith("dig") && !c.resolved().isEmpty()) {
            b.append("answered ").append(String.join(" ", c.resolved()));
        } else {
            b.append(firstLine(c.output()));
        }
        if (c.reason() != null && !c.reason().isBlank()) {
            b.append(".  Why: ").append(c.reason());
        }
        return b.toString();
    }

    /** Everything: the output as printed, then the reason (for tooltips). */
    static String details(RunRecord r) {
        CommandRun c = r.result();
        String out = c.output().strip();
        return title(r) + "\n\n" + (out.isEmpty() ? "(no output)" : out) + "\n\nWhy: "
                + (c.reason() == null || c.reason().isBlank() ? "(no reason recorded)" : c.reason())
                + String.format(Locale.ROOT, "%n%nsimulated %.3f ms to %.3f ms", r.startedAt() / 1e6, r.finishedAt() / 1e6);
    }

    /** The first line that says something: not blank, not one of dig's {@code ;} comments. */
    static String firstLine(String output) {
        for (String line : output.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith(";")) {
                return t.replaceAll("\\s+", " ");
            }
        }
        return output.isBlank() ? "(no output)" : output.strip().split("\n")[0];
    }
}
