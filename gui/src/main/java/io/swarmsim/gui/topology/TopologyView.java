package io.swarmsim.gui.topology;

import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.Update;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The cluster as boxes and lanes, with the current request's packets moving over it. Swarm nodes
 * are large boxes holding their namespaces; networks are lanes and buses (see
 * {@link TopologyLayout}). The packets are {@link PacketPicture#at} the model's cursor, recomputed
 * from the events whenever the cursor moves, so stepping back shows exactly what stepping forward
 * showed; a step of one event forward also animates, over the time until the next step at the
 * model's speed, the frame that event sent or received. While playing, the picture is redrawn once
 * per frame however many events the frame played.
 * <p>
 * Clicking a namespace inspects it (and brings the Namespace tab forward when the window has one);
 * clicking a packet, a drop or a callout selects its event. Reads the model, never changes the
 * simulation.
 */
public final class TopologyView extends BorderPane {
    /** Longest animation of one step, so single steps by hand stay brisk. */
    static final Duration MAX_STEP = Duration.millis(450);

    private final AppModel model;
    private final Viewport viewport = new Viewport();
    private final Legend legend = new Legend();
    private final Label status = new Label();
    private final MarkLayer marks;
    private StaticLayer layer;
    private TopologyLayout layout;
    private int shownCursor = -1;
    private boolean pending;
    /** While playing, the picture follows the cursor once per frame, however many events a frame plays. */
    private final AnimationTimer follow = new AnimationTimer() {
        @Override
        public void handle(long now) {
            flush();
        }
    };

    public TopologyView(AppModel model) {
        this.model = model;
        setId("TopologyView");
        marks = new MarkLayer(e -> model.selected().set(e));
        setTop(toolbar());
        setCenter(viewport);
        setBottom(legend);
        model.loaded().addListener((o, a, b) -> load(b));
        model.cursor().addListener((o, a, b) -> {
            if (model.playing().get()) {
                pending = true;
            } else {
                refresh(b.intValue());
            }
        });
        model.playing().addListener((o, a, b) -> {
            if (b) {
                follow.start();
            } else {
                follow.stop();
                flush();
            }
        });
        model.inspected().addListener((o, a, b) -> {
            if (layer != null) {
                layer.setInspected(b);
            }
        });
        model.highlighted().addListener((SetChangeListener<String>) c -> {
            if (layer != null) {
                layer.setHighlighted(model.highlighted());
            }
        });
        load(model.loaded().get());
    }

    private Node toolbar() {
        Button out = button("\u2212", "zoom-out", "Zoom out (or scroll down over the picture)");
        Button in = button("+", "zoom-in", "Zoom in (or scroll up over the picture)");
        Button fit = button("Fit", "zoom-fit", "Fit the whole cluster in the window");
        out.setOnAction(e -> viewport.zoomCentre(1 / 1.25));
        in.setOnAction(e -> viewport.zoomCentre(1.25));
        fit.setOnAction(e -> viewport.reset());
        status.setId("topology-status");
        status.setStyle("-fx-text-fill: #37474f;");
        Label hint = new Label("drag to pan · click a namespace to inspect it, a packet to select its event");
        hint.setStyle("-fx-text-fill: #78909c; -fx-font-size: 11px;");
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, out, in, fit, status, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setStyle("-fx-background-color: #f5f7f8; -fx-border-color: #cfd8dc; -fx-border-width: 0 0 1 0;");
        return bar;
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(30);
        return b;
    }

    private void load(Update.Loaded loaded) {
        marks.show(List.of(), null);
        if (loaded == null || loaded.cluster() == null || loaded.desired() == null) {
            layout = null;
            layer = null;
            viewport.setContent(new Group(), 1, 1);
            legend.show(null);
            status.setText("");
            return;
        }
        layout = TopologyLayout.of(TopologyGraph.of(loaded.cluster(), loaded.desired()));
        layer = new StaticLayer(layout, this::inspect);
        viewport.setContent(new Group(layer, marks), layout.width(), layout.height());
        legend.show(layout.graph());
        layer.setInspected(model.inspected().get());
        layer.setHighlighted(model.highlighted());
        shownCursor = -1;
        refresh(model.cursor().get());
    }

    private void inspect(String namespace) {
        model.inspected().set(namespace);
        if (getScene() != null && getScene().lookup("#side") instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                if ("tab-namespace".equals(t.getId())) {
                    tabs.getSelectionModel().select(t);
                }
            }
        }
    }

    private void flush() {
        if (pending) {
            pending = false;
            refresh(model.cursor().get());
        }
    }

    /** Redraws the packets for cursor position {@code to}; animates when that is one event after the picture on show. */
    private void refresh(int to) {
        if (layout == null) {
            return;
        }
        List<Mark> picture = PacketPicture.at(model.events(), to, layout);
        boolean step = to == shownCursor + 1;
        marks.show(picture, step ? stepDuration() : null);
        shownCursor = to;
        TraceEvent current = model.current().orElse(null);
        layer.setCurrent(current == null ? null : current.at().netns());
        status.setText(current == null ? "" : String.format(Locale.ROOT, "event %d of %d: %s in %s", to + 1, model.events().size(),
                current.kind().wireName(), where(current)));
    }

    /** The time until the next step while playing (at most {@link #MAX_STEP}); {@link #MAX_STEP} when stepping by hand. */
    private Duration stepDuration() {
        double speed = model.speed().get();
        if (model.playing().get() && speed > 0) {
            return Duration.millis(Math.min(MAX_STEP.toMillis(), 900 / speed));
        }
        return MAX_STEP;
    }

    private String where(TraceEvent e) {
        String ns = layout.graph().namespace(e.at().netns()).map(NsInfo::title).orElse(e.at().netns());
        return e.at().device().isEmpty() ? ns : ns + " (" + e.at().device() + ")";
    }

    /** The layout on show, null before a scenario is loaded. */
    public TopologyLayout topology() {
        return layout;
    }

    /** The marks on show at the cursor (packets, drops, callouts), in drawing order. */
    public List<Mark> marks() {
        return marks.marks();
    }

    /** Whether a step's animation is playing. */
    public boolean animating() {
        return marks.animating();
    }

    /** The current zoom factor of the picture. */
    public double zoom() {
        return viewport.zoom();
    }

    /** Whether the outline {@code which} ("current", "inspected", "highlighted") of namespace {@code ns} shows. */
    public boolean outlined(String ns, String which) {
        return layer != null && layer.outlined(ns, which);
    }
}
