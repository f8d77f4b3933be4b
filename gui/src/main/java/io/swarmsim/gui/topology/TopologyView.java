package io.swarmsim.gui.topology;

import io.swarmsim.gui.model.AppModel;
import javafx.scene.layout.StackPane;

/** Scaffolding: replaced by its full view in this session (see the GUI issue). */
public final class TopologyView extends StackPane {
    public TopologyView(AppModel model) {
        setId("TopologyView");
    }
}
