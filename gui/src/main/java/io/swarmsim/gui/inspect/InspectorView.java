package io.swarmsim.gui.inspect;

import io.swarmsim.gui.model.AppModel;
import javafx.scene.layout.StackPane;

/** Scaffolding: replaced by its full view in this session (see the GUI issue). */
public final class InspectorView extends StackPane {
    public InspectorView(AppModel model) {
        setId("InspectorView");
    }
}
