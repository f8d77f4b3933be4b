package io.swarmsim.gui.timeline;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.session.RunRecord;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.Coalesced;
import io.swarmsim.gui.model.Update;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The timeline: play, pause, step forward and back (buttons and keys, see {@link PlaybackKeys}), the
 * speed in events per second, a slider over every event received, "jump to command run", and a
 * line saying where the picture is (event index and simulated time). Below it a status line tells
 * what the command run at the cursor printed and why, so a run that failed says why in words
 * rather than leaving the learner with an empty picture. Every control only reads the model's
 * properties and calls its methods; the cursor stays the model's.
 */
public final class TimelineView extends VBox {
    /** The slowest and fastest playback, events per second. */
    static final double MIN_SPEED = 1;
    static final double MAX_SPEED = 200;

    private final AppModel model;
    private final Button play = new Button("Play");
    private final Slider position = new Slider(-1, -1, -1);
    private final Label where = new Label();
    private final ComboBox<RunRecord> runs = new ComboBox<>();
    private final Label status = new Label();
    private final Tooltip statusTip = new Tooltip();
    private boolean syncing;
    private final Coalesced labels = new Coalesced(this::refresh);

    public TimelineView(AppModel model) {
        this.model = model;
        setId("TimelineView");
        Button back = button("Step back", "stepBack", "Show one event less (Left or ,)");
        Button forward = button("Step", "stepForward", "Show one more event (Right or .)");
        play.setId("play");
        play.setMinWidth(64);
        play.setTooltip(new Tooltip("Play or pause (Space)"));
        play.textProperty().bind(javafx.beans.binding.Bindings.when(model.playing()).then("Pause").otherwise("Play"));
        play.setOnAction(a -> playOrPause());
        back.setOnAction(a -> {
            model.pause();
            model.stepBack();
        });
        forward.setOnAction(a -> {
            model.pause();
            model.stepForward();
        });

        Slider speed = new Slider(MIN_SPEED, MAX_SPEED, model.speed().get());
        speed.setId("speed");
        speed.setPrefWidth(110);
        speed.setTooltip(new Tooltip("Playback speed, events per second"));
        speed.valueProperty().bindBidirectional(model.speed());
        Label speedLabel = new Label();
        speedLabel.setId("speedLabel");
        speedLabel.setMinWidth(78);
        speedLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.0f events/s", model.speed().get()), model.speed()));

        position.setId("position");
        position.setBlockIncrement(1);
        position.setTooltip(new Tooltip("Every event received: drag to see the picture at any event"));
        HBox.setHgrow(position, Priority.ALWAYS);
        position.setMinWidth(120);
        position.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.seek((int) Math.round(b.doubleValue()));
            }
        });
        where.setId("where");
        where.setMinWidth(250);
        where.setStyle("-fx-font-family: monospace;");

        runs.setId("runs");
        runs.setPromptText("jump to command run");
        runs.setItems(model.runs());
        runs.setPrefWidth(300);
        runs.setCellFactory(l -> new RunCell(null));
        runs.setButtonCell(new RunCell(runs.getPromptText()));
        runs.setTooltip(new Tooltip("Jump to the first event of a command run; hover a run to see what it printed and why"));
        runs.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.pause();
                model.jumpToRun(b.number());
            }
        });

        HBox controls = new HBox(6, back, play, forward, new Label("Speed"), speed, speedLabel, position, where, runs);
        controls.setAlignment(Pos.CENTER_LEFT);
        status.setId("runStatus");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        fixTwoLines(status);
        statusTip.setShowDuration(Duration.INDEFINITE);
        statusTip.setWrapText(true);
        statusTip.setMaxWidth(700);
        getChildren().addAll(controls, status);
        setSpacing(4);
        setPadding(new Insets(6, 8, 4, 8));
        setStyle("-fx-border-color: #c8c8c8; -fx-border-width: 1 0 0 0;");

        model.cursor().addListener((Observable o) -> labels.request());
        model.events().addListener((ListChangeListener<TraceEvent>) c -> labels.request());
        model.runs().addListener((ListChangeListener<RunRecord>) c -> labels.request());
        model.loaded().addListener((Observable o) -> labels.request());
        PlaybackKeys keys = new PlaybackKeys(model, this::playOrPause);
        keys.move(null, getScene());
        sceneProperty().addListener((o, a, b) -> keys.move(a, b));
        refresh();
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    /** Play from the start when at the end, otherwise toggle. */
    void playOrPause() {
        if (model.playing().get()) {
            model.pause();
            return;
        }
        if (model.cursor().get() >= model.events().size() - 1 && model.finished().get()) {
            model.seek(-1);
        }
        model.play();
    }

    /**
     * The status line keeps the height of two lines, whatever it says (the tooltip has all of it):
     * the timeline sits at the window's bottom, so a status growing a line would move the buttons
     * above it, and a click aimed at Pause while the cursor runs would land beside it.
     */
    private static void fixTwoLines(Label label) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text("Xg\nXg");
        probe.setFont(label.getFont());
        double h = Math.ceil(probe.getLayoutBounds().getHeight()) + 2;
        label.setMinHeight(h);
        label.setPrefHeight(h);
        label.setMaxHeight(h);
        label.setAlignment(Pos.TOP_LEFT);
        label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
    }

    /** Brings every control and label up to the model (once per burst of changes, see {@link Coalesced}). */
    private void refresh() {
        int c = model.cursor().get();
        int n = model.events().size();
        syncing = true;
        try {
            position.setMax(Math.max(-1, n - 1));
            position.setValue(c);
            RunRecord run = model.current().map(e -> runOf(PacketIds.requestOf(e.traceId()))).orElse(null);
            if (run != runs.getValue()) {
                runs.setValue(run);
            }
        } finally {
            syncing = false;
        }
        where.setText(c < 0 ? String.format(Locale.ROOT, "no event shown (%d received)", n)
                : String.format(Locale.ROOT, "event %d of %d  t = %s ms", c + 1, n, EventSummary.millis(model.events().get(c).time())));
        refreshStatus();
    }

    private RunRecord runOf(long number) {
        for (RunRecord r : model.runs()) {
            if (r.number() == number) {
                return r;
            }
        }
        return null;
    }

    /** The run at the cursor, or what went wrong before any run (a service Docker refused). */
    private void refreshStatus() {
        RunRecord run = model.current().map(e -> runOf(PacketIds.requestOf(e.traceId()))).orElse(null);
        String text;
        boolean bad;
        if (run != null) {
            text = RunText.status(run);
            bad = RunText.failed(run);
        } else {
            List<String> refused = refusals(model.loaded().get());
            bad = !refused.isEmpty();
            text = bad ? String.join("\n", refused) : hint();
        }
        if (text.equals(status.getText())) {
            return; // the same run: nothing to restyle
        }
        statusTip.setText(run != null ? RunText.details(run) : text);
        status.setText(text);
        status.setTooltip(text.isEmpty() ? null : statusTip);
        status.setStyle(bad ? "-fx-text-fill: #b00020;" : "-fx-text-fill: #333333;");
    }

    private String hint() {
        if (model.loaded().get() == null) {
            return "";
        }
        return model.runs().isEmpty() ? "no command run yet"
                : String.format(Locale.ROOT, "%d command runs: press Play, step with the arrow keys, or jump to a run", model.runs().size());
    }

    /** Services the manager refused, as {@code docker service create} would say it. */
    static List<String> refusals(Update.Loaded l) {
        if (l == null) {
            return List.of();
        }
        return l.cluster().services().stream().filter(s -> s.rejection().isPresent())
                .map((Cluster.ServiceState s) -> "docker service create --name " + s.name() + ": Error response from daemon: " + s.rejection().get())
                .toList();
    }

    /** A run as its title, in red when it failed; its output and reason as the tooltip. */
    private static final class RunCell extends ListCell<RunRecord> {
        /** What an empty button cell shows (a combo's prompt is lost once its value was set and cleared). */
        private final String prompt;

        RunCell(String prompt) {
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(RunRecord r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(prompt);
                setTooltip(null);
                setStyle(prompt == null ? "" : "-fx-text-fill: #777777;");
                return;
            }
            boolean failed = RunText.failed(r);
            setText(RunText.title(r) + (failed ? "  (failed)" : ""));
            Tooltip t = new Tooltip(RunText.details(r));
            t.setShowDuration(Duration.INDEFINITE);
            setTooltip(t);
            setStyle(failed ? "-fx-text-fill: #b00020;" : "");
        }
    }
}
