package io.swarmsim.gui.inspect;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.Coalesced;
import io.swarmsim.gui.model.Update;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The packet inspector: one event in full. What it is, when and where; what was decided (the NAT
 * tuples before and after, IPVS's scheduler, server and reason, the rule and its target, a
 * resolver's pairwise decisions); the headers it carries as a tree; and the stages its packet has
 * been through so far (every event with its trace id up to the cursor), with what each changed.
 * It shows {@link AppModel#selected()}, which the event list and the topology set when a learner
 * clicks, or else the event at the cursor, so stepping alone already explains each step. Clicking a
 * stage selects it.
 */
public final class InspectorView extends BorderPane {
    private final AppModel model;
    private final Label mode = Styles.wrapping("", Styles.MUTED);
    private final Button followCursor = new Button("Follow the cursor");
    private final CheckBox hops = new CheckBox("show every hop (frames, hooks entered, routes, FDB)");
    private final VBox body = new VBox(4);
    private NamespaceLabels labels;

    public InspectorView(AppModel model) {
        this.model = model;
        setId("InspectorView");
        mode.setId("inspector-mode");
        followCursor.setId("inspector-follow");
        followCursor.setOnAction(a -> model.selected().set(null));
        followCursor.managedProperty().bind(followCursor.visibleProperty());
        hops.setId("inspector-hops");
        hops.setOnAction(a -> render());
        HBox top = new HBox(8, mode, followCursor);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(mode, Priority.ALWAYS);
        top.setPadding(new Insets(6, 8, 4, 8));
        setTop(top);
        body.setId("inspector-body");
        body.setPadding(new Insets(2, 8, 12, 8));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.selected().addListener((o, a, b) -> render());
        Coalesced afterSteps = new Coalesced(this::render);
        model.cursor().addListener((Observable o) -> afterSteps.request());
        model.loaded().addListener((o, a, b) -> {
            labels = b == null ? null : new NamespaceLabels(b.desired(), b.cluster());
            render();
        });
        Update.Loaded l = model.loaded().get();
        labels = l == null ? null : new NamespaceLabels(l.desired(), l.cluster());
        render();
    }

    private void render() {
        TraceEvent selected = model.selected().get();
        TraceEvent shown = selected != null ? selected : model.current().orElse(null);
        followCursor.setVisible(selected != null);
        if (shown == null) {
            mode.setText("Following the cursor.");
            body.getChildren().setAll(Styles.wrapping("Nothing has happened yet at the cursor: press play or step forward, "
                    + "or click a packet or an event.", Styles.MUTED));
            return;
        }
        int index = indexOf(shown);
        mode.setText(selected != null ? "Showing the event you selected (#" + (index + 1) + ")." : "Following the event at the cursor (#" + (index + 1) + ").");
        body.getChildren().setAll(header(shown, index));
        body.getChildren().add(section("What happened"));
        body.getChildren().add(details(shown));
        if (shown instanceof TraceEvent.ResolverSort s && !s.pairs().isEmpty()) {
            body.getChildren().addAll(section("How the resolver compared the addresses"), pairs(s));
        }
        body.getChildren().add(section("Headers"));
        body.getChildren().add(headers(shown));
        int limit = Math.max(model.cursor().get(), index);
        List<TraceStages.Stage> stages = TraceStages.visible(TraceStages.of(model.events(), shown.traceId(), limit), hops.isSelected(), index);
        body.getChildren().add(section("The way of trace " + Formats.trace(shown.traceId()) + " up to the cursor (" + stages.size()
                + (stages.size() == 1 ? " stage)" : " stages)")));
        body.getChildren().addAll(hops, stages(stages, shown));
    }

    /** The event's index in the list: the cursor's, or where the selected event is (compared by identity first: records are equal by value). */
    private int indexOf(TraceEvent e) {
        int c = model.cursor().get();
        List<TraceEvent> all = model.events();
        if (c >= 0 && c < all.size() && all.get(c) == e) {
            return c;
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == e) {
                return i;
            }
        }
        return all.indexOf(e);
    }

    private List<Node> header(TraceEvent e, int index) {
        Label title = Styles.label(EventText.kind(e), "-fx-font-size: 18px; -fx-font-weight: bold; -fx-text-fill: #1d3557;");
        title.setId("inspector-title");
        Label when = Styles.wrapping("t = " + Formats.time(e.time()) + "  ·  event " + (index + 1) + " of " + model.events().size(), Styles.MUTED);
        when.setId("inspector-when");
        String dev = e.at().device().isEmpty() ? "" : ", device " + e.at().device();
        Label place = Styles.wrapping("in " + placeLabel(e.at().netns()) + dev, "-fx-font-weight: bold;");
        place.setId("inspector-place");
        Label trace = Styles.wrapping("trace " + Formats.trace(e.traceId()) + ": request " + PacketIds.requestOf(e.traceId()) + ", "
                + PacketIds.describe(e.traceId()), Styles.MUTED);
        trace.setId("inspector-trace-id");
        return List.of(title, when, place, trace);
    }

    private String placeLabel(String netns) {
        return labels == null ? netns : labels.label(netns);
    }

    private static Label section(String text) {
        return Styles.wrapping(text, Styles.SECTION);
    }

    private static GridPane details(TraceEvent e) {
        GridPane g = grid("inspector-details");
        int row = 0;
        for (EventDetails.Row r : EventDetails.of(e)) {
            Label v = Styles.wrapping(r.value(), r.key().equals("changed") ? Styles.CHANGE : "");
            g.addRow(row++, Styles.label(r.key(), Styles.KEY), v);
        }
        return g;
    }

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.setHgap(10);
        g.setVgap(3);
        ColumnConstraints key = new ColumnConstraints();
        key.setMinWidth(80);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setMinWidth(0);
        g.getColumnConstraints().setAll(key, value);
        return g;
    }

    /** A resolver's pairwise decisions: first, second, the rule that decided, and whether it came down to input order. */
    private static GridPane pairs(TraceEvent.ResolverSort s) {
        GridPane g = new GridPane();
        g.setId("inspector-pairs");
        g.setHgap(10);
        g.setVgap(3);
        g.addRow(0, Styles.label("first", Styles.KEY), Styles.label("second", Styles.KEY), Styles.label("decided by", Styles.KEY),
                Styles.label("tie", Styles.KEY));
        int row = 1;
        for (TraceEvent.SortPair p : s.pairs()) {
            g.addRow(row++, Styles.label(p.first().toString(), Styles.MONO), Styles.label(p.second().toString(), Styles.MONO),
                    Styles.wrapping(p.rule(), ""), Styles.label(p.tie() ? "yes" : "no", ""));
        }
        ColumnConstraints fixed = new ColumnConstraints();
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setMinWidth(0);
        g.getColumnConstraints().setAll(fixed, fixed, grow, fixed);
        return g;
    }

    private static Node headers(TraceEvent e) {
        var root = PacketTree.of(e);
        if (root.getChildren().isEmpty()) {
            return Styles.label("This event carries no packet.", Styles.MUTED);
        }
        TreeView<String> tree = new TreeView<>(root);
        tree.setId("inspector-headers");
        tree.setShowRoot(false);
        tree.setFixedCellSize(22);
        tree.prefHeightProperty().bind(tree.expandedItemCountProperty().multiply(22).add(6));
        tree.minHeightProperty().bind(tree.prefHeightProperty());
        return tree;
    }

    private VBox stages(List<TraceStages.Stage> stages, TraceEvent shown) {
        VBox box = new VBox(2);
        box.setId("inspector-trace");
        String netns = null;
        for (TraceStages.Stage s : stages) {
            TraceEvent e = s.event();
            if (!e.at().netns().equals(netns)) {
                netns = e.at().netns();
                Label where = Styles.wrapping("in " + placeLabel(netns), "-fx-font-style: italic; -fx-text-fill: #22577a; -fx-padding: 6 0 0 0;");
                box.getChildren().add(where);
            }
            box.getChildren().add(stage(s, e == shown));
        }
        return box;
    }

    private Node stage(TraceStages.Stage s, boolean current) {
        TraceEvent e = s.event();
        Label head = Styles.label("#" + (s.index() + 1) + "  " + Formats.time(e.time()) + "   ", Styles.MUTED + Styles.MONO);
        Label stage = Styles.label(EventText.stage(e), "-fx-font-weight: bold;");
        HBox line = new HBox(head, stage);
        line.setAlignment(Pos.BASELINE_LEFT);
        VBox row = new VBox(1, line, Styles.wrapping(EventText.summary(e), ""));
        for (String c : s.changes()) {
            row.getChildren().add(Styles.wrapping("   " + c, Styles.CHANGE));
        }
        row.setPadding(new Insets(2, 4, 2, 16));
        row.setStyle(current ? Styles.LIT : "");
        row.getStyleClass().add("stage");
        row.setUserData(e);
        row.setCursor(Cursor.HAND);
        row.setOnMouseClicked(m -> model.selected().set(e));
        return row;
    }
}
