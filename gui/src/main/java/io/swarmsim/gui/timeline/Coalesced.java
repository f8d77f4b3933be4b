package io.swarmsim.gui.timeline;

import javafx.application.Platform;

/**
 * Work that only needs doing once per burst of changes: while playing, the cursor can move several
 * times within one frame (and a sweep of the slider hundreds of times), but labels and scrolling
 * only need the last position. {@link #request} queues the task once on the FX thread; further
 * requests before it runs are folded into it. FX thread only.
 */
final class Coalesced {
    private final Runnable task;
    private boolean pending;

    Coalesced(Runnable task) {
        this.task = task;
    }

    void request() {
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
