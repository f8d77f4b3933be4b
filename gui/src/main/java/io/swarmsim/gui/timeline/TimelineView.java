package io.swarmsim.gui.timeline;

import io.swarmsim.gui.model.AppModel;
import javafx.scene.layout.StackPane;

/** Scaffolding: replaced by its full view in this session (see the GUI issue). */
public final class TimelineView extends StackPane {
    public TimelineView(AppModel model) {
        setId("TimelineView");
    }
}
