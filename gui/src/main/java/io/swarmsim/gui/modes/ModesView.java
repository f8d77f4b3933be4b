package io.swarmsim.gui.modes;

import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.Update;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The top bar: which scenario (a file chooser, and a path field with "Load" for keyboards and
 * tests), which experiment, and the modes a teacher toggles (the client's image, which decides its
 * resolver, and the Docker era). Changing any of them opens a new run, from the start; the chart
 * below ({@link ModeChart}, folded away until asked for) compares the modes side by side, and
 * {@link FailureChart} (folded too) charts an experiment's time-line per interval. A file
 * that does not load shows the loader's message (file:line:column) in the window's error line,
 * which the model fills; nothing here throws.
 */
public final class ModesView extends VBox {
    private final AppModel model;
    private final Stage stage;
    private final TextField path = new TextField();
    private final ComboBox<String> experiment = new ComboBox<>();
    private final ComboBox<ModeChoice> image = new ComboBox<>(FXCollections.observableArrayList(ModeChoice.images()));
    private final ComboBox<ModeChoice> era = new ComboBox<>(FXCollections.observableArrayList(ModeChoice.eras()));
    private final Label description = new Label();
    private final ModeChart chart;
    private boolean syncing;

    public ModesView(AppModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        setId("modes");
        Button open = new Button("Open...");
        open.setId("open");
        open.setTooltip(new Tooltip("Choose a scenario file (a docker stack file with x-sim)"));
        open.setOnAction(a -> choose());
        path.setId("scenarioPath");
        path.setPromptText("path to a scenario .yaml");
        path.setPrefColumnCount(22);
        path.setOnAction(a -> load());
        Button load = new Button("Load");
        load.setId("load");
        load.setOnAction(a -> load());

        experiment.setId("experiment");
        experiment.setPromptText("experiment");
        experiment.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && model.request().get() != null && !b.equals(loadedExperiment())) {
                model.open(model.request().get().withExperiment(b));
            }
        });
        image.setId("clientImage");
        image.setPrefWidth(240);
        image.setValue(image.getItems().get(0));
        image.setTooltip(new Tooltip("The client's image: it decides the resolver (how addresses are sorted), ping and HTTP client"));
        image.valueProperty().addListener((o, a, b) -> modesChanged());
        era.setId("era");
        era.setPrefWidth(140);
        era.setValue(era.getItems().get(0));
        era.setTooltip(new Tooltip("The Docker release whose load balancing is modelled"));
        era.valueProperty().addListener((o, a, b) -> modesChanged());
        description.setId("description");
        description.setMaxWidth(Double.MAX_VALUE);
        description.setStyle("-fx-text-fill: #444444; -fx-font-style: italic;");
        HBox.setHgrow(description, Priority.ALWAYS);

        HBox bar = new HBox(6, open, path, load, gap(), new Label("Experiment"), experiment, gap(), new Label("Client image"), image,
                gap(), new Label("Docker"), era, gap(), description);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n != description && n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the description gives way, never a control
            }
        }
        description.setMinWidth(0);

        chart = new ModeChart(model);
        TitledPane compare = new TitledPane("Compare modes: requests per task", chart);
        compare.setId("compare");
        compare.setExpanded(false);
        compare.setAnimated(false);
        TitledPane failures = new TitledPane("Time and failure: requests answered and failed per interval", new FailureChart(model));
        failures.setId("failures");
        failures.setExpanded(false);
        failures.setAnimated(false);
        getChildren().addAll(bar, compare, failures);

        model.loaded().addListener((o, a, b) -> loaded(b));
        model.request().addListener((o, a, b) -> requested(b));
        requested(model.request().get());
        loaded(model.loaded().get());
    }

    private static Label gap() {
        Label l = new Label();
        l.setMinWidth(8);
        return l;
    }

    private String loadedExperiment() {
        Update.Loaded l = model.loaded().get();
        return l == null ? null : l.experiment();
    }

    /** The modes the two choosers show. */
    RunRequest.Modes modes() {
        return new RunRequest.Modes(era.getValue().value(), image.getValue().value());
    }

    private void modesChanged() {
        RunRequest r = model.request().get();
        if (syncing || r == null || r.modes().equals(modes())) {
            return;
        }
        model.open(r.withModes(modes()));
    }

    private void choose() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a scenario");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Stack files (*.yaml, *.yml)", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        RunRequest r = model.request().get();
        if (r != null) {
            File dir = r.scenario().toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                fc.setInitialDirectory(dir);
            }
        }
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            path.setText(f.getPath());
            load();
        }
    }

    /** Opens the file the path field names, with its first experiment and the modes shown. */
    void load() {
        String text = path.getText() == null ? "" : path.getText().strip();
        if (text.isEmpty()) {
            model.error().set("no scenario file given: type a path or use Open...");
            return;
        }
        Path file;
        try {
            file = Path.of(text);
        } catch (InvalidPathException e) {
            model.error().set(text + ": not a file path (" + e.getReason() + ")");
            return;
        }
        long seed = model.request().get() == null ? 1 : model.request().get().seed();
        model.open(new RunRequest(file, Optional.empty(), seed, modes()));
    }

    private void requested(RunRequest r) {
        if (r == null) {
            return;
        }
        syncing = true;
        try {
            path.setText(r.scenario().toString());
            image.setValue(ModeChoice.find(image.getItems(), r.modes().clientImage()));
            era.setValue(ModeChoice.find(era.getItems(), r.modes().era()));
        } finally {
            syncing = false;
        }
    }

    private void loaded(Update.Loaded l) {
        if (l == null) {
            return;
        }
        syncing = true;
        try {
            List<String> names = l.experiments();
            experiment.setItems(FXCollections.observableArrayList(names));
            experiment.setValue(names.contains(l.experiment()) ? l.experiment() : null);
            experiment.setDisable(names.isEmpty());
            description.setText(l.description());
            description.setTooltip(new Tooltip(l.description()));
        } finally {
            syncing = false;
        }
    }
}
