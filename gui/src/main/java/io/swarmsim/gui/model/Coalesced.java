package io.swarmsim.gui.model;

import javafx.application.Platform;

/**
 * Work that only needs doing once per burst of changes: while playing, the cursor can move several
 * times within one frame (and a sweep of the slider hundreds of times), but labels and scrolling
 * only need the last position (and an inspector re-rendering its tables on every step would starve
 * the FX thread, so that a click on Pause waits seconds). {@link #request} queues the task once on the FX thread; further
 * requests before it runs are folded into it. FX thread only.
 */
public final class Coalesced {
    private final Runnable task;
    private boolean pending;

    public Coalesced(Runnable task) {
        this.task = task;
    }

    public void request() {
        if (pending) {
            return;
        }
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            task.run();
        });
    }
}
