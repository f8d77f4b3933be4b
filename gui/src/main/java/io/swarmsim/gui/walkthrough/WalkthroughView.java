package io.swarmsim.gui.walkthrough;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.session.RunRecord;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.Update;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The seed's narrative as guided steps, read from the walkthrough file next to the scenario: each
 * step's title and text, the command run it is about, a panel with that command's output or a real
 * tool's view of a namespace at that point ({@code iptables -nvL -t mangle}, {@code ipvsadm}), why
 * the run went where it went, and Back / Next. Moving through the steps opens the step's experiment,
 * highlights what the text talks about and puts the cursor at the run's first event, so the learner
 * presses play and watches the very packet the text explains. Teachers write their own files; a
 * file with mistakes shows its file:line:column messages here, and Reload reads it again.
 */
public final class WalkthroughView extends BorderPane {
    /** Where the window's divider goes for {@link #widen}: about 900 of a 1400-pixel window for the tab. */
    private static final double WIDE_DIVIDER = 0.35;

    private final AppModel model;
    private final WalkthroughWorker worker = new WalkthroughWorker();
    private final StepDriver driver;
    private final Label heading = label("walk-heading", "-fx-text-fill: #555555; -fx-font-size: 11px;");
    private final Label count = label("walk-count", "-fx-text-fill: #555555; -fx-font-size: 11px;");
    private final Label title = label("walk-title", "-fx-font-size: 16px; -fx-font-weight: bold; -fx-text-fill: #1a1a1a;");
    private final Label experiment = label("walk-experiment", "-fx-text-fill: #2a4d69; -fx-font-size: 11px;");
    private final VBox text = new VBox(7);
    private final Label command = label("walk-command", "-fx-font-family: 'Monospaced'; -fx-font-size: 12px; -fx-background-color: #eef2f5;"
            + " -fx-border-color: #c9d3db; -fx-padding: 4 6 4 6; -fx-text-fill: #0b2239;");
    private final Label outputCaption = label("walk-output-caption", "-fx-text-fill: #555555; -fx-font-size: 11px;");
    private final TextArea output = new TextArea();
    private final Label why = label("walk-why", "-fx-font-size: 12px; -fx-text-fill: #3b3b3b; -fx-font-style: italic;");
    private final Label problem = label("walk-problem", "-fx-text-fill: #b00020; -fx-font-size: 12px; -fx-font-family: 'Monospaced';");
    private final Button back = new Button("\u25C0 Back");
    private final Button next = new Button("Next \u25B6");
    private final Button reload = new Button("Reload");
    private final Button showStep = new Button("Show");
    private final ToggleButton wide = new ToggleButton("Wide output");
    private final VBox stepBox;
    private final VBox outputBox;
    /** A monospaced character's width per pixel of font size (about 0.6), measured with the fonts this machine has. */
    private final double monoWidthPerPx = monoWidthPerPx();
    private double narrowDivider = -1;
    private Walkthrough walkthrough;
    private int index = -1;
    private LoadKey loadedFor;
    private long generation;

    public WalkthroughView(AppModel model) {
        this.model = model;
        this.driver = new StepDriver(model);
        setId("WalkthroughView");
        text.setId("walk-text");
        output.setId("walk-output");
        output.setEditable(false);
        output.setWrapText(false);
        output.setPrefRowCount(14);
        output.widthProperty().addListener((o, a, b) -> fitOutputFont());
        fitOutputFont();
        back.setId("walk-back");
        next.setId("walk-next");
        reload.setId("walk-reload");
        showStep.setId("walk-show");
        showStep.setTooltip(new Tooltip("Put the picture where this step is: its experiment, its command, its highlight"));
        showStep.setOnAction(e -> go(index));
        wide.setId("walk-wide");
        wide.setTooltip(new Tooltip("Give the walkthrough more of the window, so iptables' long lines fit"));
        wide.selectedProperty().addListener((o, a, on) -> widen(on));
        back.setOnAction(e -> go(index - 1));
        next.setOnAction(e -> go(index + 1));
        reload.setOnAction(e -> load(model.request().get(), true));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, heading, grow, count);
        HBox.setHgrow(heading, Priority.SOMETIMES);
        Label commandCaption = label("walk-command-caption", "-fx-text-fill: #555555; -fx-font-size: 11px;");
        commandCaption.textProperty().bind(Bindings.when(command.visibleProperty()).then("the command").otherwise(""));
        VBox commandBox = new VBox(2, commandCaption, command);
        commandBox.visibleProperty().bind(command.visibleProperty());
        commandBox.managedProperty().bind(command.visibleProperty());
        outputBox = new VBox(2, outputCaption, output, why);
        stepBox = new VBox(8, title, experiment, text, commandBox, outputBox);
        VBox content = new VBox(8, top, problem, stepBox);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox nav = new HBox(8, back, showStep, next, gap, wide, reload);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.setPadding(new Insets(6, 10, 8, 10));
        nav.setStyle("-fx-border-color: #d0d0d0 transparent transparent transparent;");
        setBottom(nav);
        showProblem("Waiting for the scenario\u2026");

        model.request().addListener((o, a, r) -> {
            if (r != null && !key(r).equals(loadedFor)) {
                // new modes over the same scenario: stay on the step, to see it in the other era
                load(r, loadedFor != null && loadedFor.scenario().equals(key(r).scenario()));
            }
        });
        model.loaded().addListener((o, a, b) -> changed());
        model.runs().addListener((ListChangeListener<RunRecord>) c -> changed());
        model.finished().addListener((o, a, b) -> changed());
        if (model.request().get() != null) {
            load(model.request().get(), false);
        }
    }

    /** Which step is shown (0-based), -1 before a walkthrough is loaded. */
    int index() {
        return index;
    }

    /** The walkthrough shown, or null. */
    Walkthrough walkthrough() {
        return walkthrough;
    }

    /** Whether a step still waits for its experiment or run to arrive (tests wait for this). */
    boolean settling() {
        return driver.waiting();
    }

    /** What a walkthrough is loaded for: the scenario file and the modes over it (experiments and seeds share one). */
    private record LoadKey(Path scenario, RunRequest.Modes modes) {
    }

    private static LoadKey key(RunRequest r) {
        return new LoadKey(r.scenario().toAbsolutePath().normalize(), r.modes());
    }

    private void load(RunRequest r, boolean keepPlace) {
        if (r == null) {
            return;
        }
        loadedFor = key(r);
        long gen = ++generation;
        int place = keepPlace ? index : -1;
        worker.load(r).thenAcceptAsync(outcome -> {
            if (gen == generation) {
                accept(outcome, place);
            }
        }, Platform::runLater);
    }

    private void accept(WalkthroughWorker.Outcome outcome, int place) {
        walkthrough = outcome.walkthrough().orElse(null);
        if (walkthrough == null) {
            index = -1;
            showProblem(outcome.message());
            if (outcome.mistakes()) {
                heading.setText("The walkthrough file has mistakes: correct them, then press Reload.");
                problem.setText(outcome.message().replace("\n", "\n\n"));
            }
            return;
        }
        problem.setVisible(false);
        problem.setManaged(false);
        stepBox.setVisible(true);
        stepBox.setManaged(true);
        heading.setText(walkthrough.title());
        RunRequest r = model.request().get();
        String shown = model.loaded().get() != null ? model.loaded().get().experiment()
                : r.experiment().orElse(walkthrough.firstExperiment());
        // shown, not applied: loading a walkthrough (or switching modes) never moves the window by itself;
        // Back, Next and "Show" do
        show(place >= 0 && place < walkthrough.steps().size() ? place : walkthrough.firstStepOf(shown), false);
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
        problem.setManaged(true);
        stepBox.setVisible(false);
        stepBox.setManaged(false);
        heading.setText("Walkthrough");
        count.setText("");
        back.setDisable(true);
        next.setDisable(true);
    }

    /** Shows step {@code i} and moves the window to it. */
    void go(int i) {
        show(i, true);
    }

    /** Shows step {@code i}; with {@code drive}, also puts the window where the step wants it. */
    private void show(int i, boolean drive) {
        if (walkthrough == null || i < 0 || i >= walkthrough.steps().size()) {
            return;
        }
        index = i;
        Step s = walkthrough.steps().get(i);
        count.setText(String.format(Locale.ROOT, "step %d of %d", i + 1, walkthrough.steps().size()));
        back.setDisable(i == 0);
        next.setDisable(i == walkthrough.steps().size() - 1);
        title.setText(s.title());
        String description = walkthrough.descriptions().getOrDefault(s.experiment(), "");
        experiment.setText("experiment " + s.experiment() + (description.isEmpty() ? "" : ": " + description));
        text.getChildren().setAll(paragraphs(s.text()));
        command.setVisible(s.command().isPresent());
        command.setManaged(s.command().isPresent());
        command.setText(s.command().orElse(""));
        setOutput("");
        why.setText("");
        if (s.show().isPresent()) {
            String after = s.run().isPresent() ? "after run " + s.run().getAsInt() + " of " + s.experiment()
                    : "after every command of " + s.experiment();
            outputCaption.setText(s.show().get() + "   (" + after + ")");
            setOutput("printing\u2026");
            long gen = generation;
            worker.show(model.request().get(), s).thenAcceptAsync(printed -> {
                if (gen == generation && walkthrough != null && index < walkthrough.steps().size() && walkthrough.steps().get(index) == s) {
                    setOutput(printed);
                }
            }, Platform::runLater);
        } else if (s.run().isPresent()) {
            outputCaption.setText("what it printed (run " + s.run().getAsInt() + " of " + s.experiment() + ")");
            setOutput("running\u2026");
        }
        boolean hasOutput = s.show().isPresent() || s.run().isPresent();
        output.setVisible(hasOutput);
        output.setManaged(hasOutput);
        outputCaption.setVisible(hasOutput);
        outputCaption.setManaged(hasOutput);
        if (drive) {
            driver.go(walkthrough, s);
        }
        changed();
    }

    /** The experiment's cluster or run index moved on: finish the step's move, fill in its run's output and reason. */
    private void changed() {
        driver.settle();
        if (walkthrough == null || index < 0) {
            return;
        }
        Step s = walkthrough.steps().get(index);
        List<String> lines = new ArrayList<>();
        if (s.run().isPresent() && model.loaded().get() != null && model.loaded().get().experiment().equals(s.experiment())
                && model.runs().size() >= s.run().getAsInt()) {
            RunRecord run = model.runs().get(s.run().getAsInt() - 1);
            if (s.show().isEmpty()) {
                setOutput(run.result().output());
            }
            if (run.result().reason() != null && !run.result().reason().isBlank()) {
                lines.add("Why: " + run.result().reason());
            }
        }
        Update.Loaded l = model.loaded().get();
        if (l != null && l.experiment().equals(s.experiment())) {
            for (Cluster.ServiceState svc : l.cluster().services()) {
                svc.rejection().ifPresent(r -> lines.add("Docker refused service " + svc.name() + ": " + r));
            }
        }
        why.setText(String.join("\n", lines));
        why.setVisible(!lines.isEmpty());
        why.setManaged(!lines.isEmpty());
        outputBox.setVisible(output.isVisible() || !lines.isEmpty());
        outputBox.setManaged(outputBox.isVisible());
    }

    /** The output, all of it visible without scrolling the panel itself (the tab scrolls), up to 40 lines. */
    private void setOutput(String s) {
        if (!s.equals(output.getText())) {
            output.setText(s);
            output.setPrefRowCount(Math.max(3, Math.min(40, (int) s.lines().count() + 2)));
            fitOutputFont();
        }
    }

    /**
     * The output's font size: as large as lets the longest line fit the panel, between 9.5 and 12
     * pixels. ipvsadm then fits the narrow tab; iptables' 120 columns need Wide output (or scrolling).
     */
    private void fitOutputFont() {
        int longest = output.getText().lines().mapToInt(String::length).max().orElse(0);
        double available = output.getWidth() - 30; // the text area's padding and its vertical scroll bar
        double size = 11;
        if (longest > 0 && available > 0) {
            size = Math.max(9.5, Math.min(12, available / (longest * monoWidthPerPx)));
        }
        output.setStyle(String.format(Locale.ROOT, "-fx-font-family: 'Monospaced'; -fx-font-size: %.1fpx;", Math.floor(size * 2) / 2));
    }

    /** Moves the window's divider so the tab is wide enough for iptables -nvL (about 125 columns), or back. */
    private void widen(boolean on) {
        Parent p = getParent();
        while (p != null && !(p instanceof SplitPane)) {
            p = p.getParent();
        }
        if (p instanceof SplitPane split && split.getDividers().size() == 1) {
            if (on) {
                narrowDivider = split.getDividerPositions()[0];
                split.setDividerPositions(WIDE_DIVIDER);
            } else if (narrowDivider > 0) {
                split.setDividerPositions(narrowDivider);
            }
        }
    }

    private static double monoWidthPerPx() {
        Text sample = new Text("0".repeat(100));
        sample.setFont(Font.font("Monospaced", 100));
        return sample.getLayoutBounds().getWidth() / 100 / 100;
    }

    /**
     * One label per paragraph: every line break YAML leaves in a folded ({@code >}) text is a
     * paragraph break, and a paragraph break reads better as space than as a bare new line.
     */
    private static List<Label> paragraphs(String text) {
        List<Label> out = new ArrayList<>();
        for (String p : text.split("\n")) {
            if (!p.isBlank()) {
                Label l = label(null, "-fx-font-size: 13px; -fx-text-fill: #1a1a1a;");
                l.setText(p.strip());
                out.add(l);
            }
        }
        return out;
    }

    /** The step's text as shown, paragraphs separated by new lines. */
    String shownText() {
        return String.join("\n", text.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setStyle(style);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
