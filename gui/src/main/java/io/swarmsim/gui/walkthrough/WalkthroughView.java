package io.swarmsim.gui.walkthrough;

import io.swarmsim.gui.model.AppModel;
import javafx.scene.layout.StackPane;

/** Scaffolding: replaced by its full view in this session (see the GUI issue). */
public final class WalkthroughView extends StackPane {
    public WalkthroughView(AppModel model) {
        setId("WalkthroughView");
    }
}
