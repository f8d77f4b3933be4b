package io.swarmsim.live;

import java.io.PrintStream;

/**
 * Progress for a person: on a terminal one line per step, rewritten in place ({@code \r}), so the
 * current step is always visible without scrolling the comparison away; elsewhere (a pipe, a log,
 * CI) one line per phase, which is what a log reader wants.
 */
public final class PrintingProgress implements Progress {
    private final PrintStream out;
    private final boolean terminal;
    private String lastPhase = "";
    private boolean open;

    public PrintingProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void on(StepEvent s) {
        String key = s.stage() + " " + s.phase();
        if (terminal) {
            out.print("\r\033[K" + "live: " + s.line());
            open = true;
            if (s.index() == s.total()) {
                endLine();
            }
        } else if (!key.equals(lastPhase)) {
            out.println("live: " + s.line());
        }
        lastPhase = key;
        out.flush();
    }

    /** Ends a line left open on a terminal before anything else is printed. */
    public void endLine() {
        if (open) {
            out.println();
            open = false;
        }
    }
}
