package io.swarmsim.gui;

import io.swarmsim.gui.inspect.InspectorView;
import io.swarmsim.gui.inspect.NamespaceView;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.modes.ModesView;
import io.swarmsim.gui.timeline.EventListView;
import io.swarmsim.gui.timeline.TimelineView;
import io.swarmsim.gui.topology.TopologyView;
import io.swarmsim.gui.walkthrough.WalkthroughView;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window: modes and file chooser on top, the topology with its moving packets in the middle,
 * inspector / namespace / walkthrough tabs on the right, the timeline and the event list below, and
 * an error line that shows a loader's message instead of a stack trace.
 */
public final class MainView extends BorderPane {
    public MainView(AppModel model, Stage stage) {
        setId("main");
        Label error = new Label();
        error.setId("error");
        error.textProperty().bind(model.error());
        error.visibleProperty().bind(model.error().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold; -fx-padding: 4 8 4 8;");
        setTop(new VBox(new ModesView(model, stage), error));

        TabPane side = new TabPane(tab("Inspector", new InspectorView(model)), tab("Namespace", new NamespaceView(model)),
                tab("Walkthrough", new WalkthroughView(model)));
        side.setId("side");
        SplitPane middle = new SplitPane(new TopologyView(model), side);
        middle.setDividerPositions(0.68);
        setCenter(middle);
        setBottom(new VBox(new TimelineView(model), new EventListView(model)));
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        t.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        return t;
    }
}
