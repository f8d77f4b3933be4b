package io.swarmsim.gui.modes;

import io.swarmsim.engine.report.TimelineResult;
import io.swarmsim.engine.report.WorkloadResult;
import io.swarmsim.engine.scenario.Durations;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.Update;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The experiment's time-line as a chart: for one workload (chosen above the chart), the requests
 * sent in each interval, answered (green) and failed (red) stacked, as {@code sim run} charts them in
 * text and {@code --json} lists them. The run is the experiment's own ({@link ExperimentRunner}, no
 * trace kept), made on this chart's background thread; a newer request supersedes an older one.
 */
final class FailureChart extends VBox {
    private final AppModel model;
    private final StackedBarChart<String, Number> chart;
    private final ComboBox<String> workload = new ComboBox<>();
    private final Label status = new Label();
    private Optional<TimelineResult> shown = Optional.empty();
    private boolean filling;
    private final ChartPanes.Latest runs = new ChartPanes.Latest("swarmsim-failure-chart");

    FailureChart(AppModel model) {
        this.model = model;
        setId("failureChart");
        CategoryAxis x = new CategoryAxis();
        x.setLabel("requests sent in the interval starting at");
        NumberAxis y = new NumberAxis();
        y.setLabel("requests");
        y.setMinorTickVisible(false);
        chart = new StackedBarChart<>(x, y);
        chart.setId("timelineChart");
        chart.setAnimated(false);
        chart.setPrefHeight(230);
        chart.setMinHeight(200);
        chart.setCategoryGap(2);
        workload.setId("workload");
        workload.valueProperty().addListener((o, a, b) -> {
            if (!filling) {
                draw();
            }
        });
        status.setId("timelineStatus");
        ChartPanes.layout(this, new HBox(8, new Label("Workload"), workload, status), status, chart);
        getStylesheets().add(ChartPanes.barColours("#2e7d32", "#c62828")); // answered green, failed red
        ChartPanes.followRuns(model, this::recompute);
    }

    StackedBarChart<String, Number> chart() {
        return chart;
    }

    /** Runs the experiment on screen with its time-line; the answer replaces the chart's data. */
    void recompute() {
        Update.Loaded l = model.loaded().get();
        if (l == null) {
            return;
        }
        status.setText("running " + l.experiment() + "'s time-line...");
        runs.submit(l.request().scenario(), Optional.<TimelineResult>empty(), s -> s.experiment(l.experiment())
                .filter(e -> !e.timeline().isEmpty())
                .flatMap(e -> ExperimentRunner.run(s, e, l.request().seed(), sim -> { }, TraceLevel.NONE).result().timeline()),
                o -> show(l, o.value(), o.failure()));
    }

    private void show(Update.Loaded l, Optional<TimelineResult> result, String failure) {
        shown = result;
        List<String> names = result.map(t -> t.workloads().stream().map(WorkloadResult::name).toList()).orElse(List.of());
        filling = true;
        String keep = workload.getValue();
        workload.getItems().setAll(names);
        workload.setValue(keep != null && names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0));
        filling = false;
        draw();
        if (failure != null) {
            status.setText("cannot run: " + failure);
        } else if (names.isEmpty()) {
            status.setText(l.experiment() + " has no workloads (x-sim experiments: timeline and workloads)");
        } else {
            status.setText(String.format(Locale.ROOT, "%s, seed %d", l.experiment(), l.request().seed()));
        }
    }

    private void draw() {
        chart.getData().clear();
        Optional<WorkloadResult> w = shown.flatMap(t -> t.workloads().stream().filter(x -> x.name().equals(workload.getValue())).findFirst());
        if (w.isEmpty()) {
            chart.setTitle("");
            return;
        }
        XYChart.Series<String, Number> ok = new XYChart.Series<>();
        ok.setName("answered");
        XYChart.Series<String, Number> failed = new XYChart.Series<>();
        failed.setName("failed");
        for (WorkloadResult.Interval i : w.get().series()) {
            String at = Durations.text(i.start());
            ok.getData().add(new XYChart.Data<>(at, i.ok()));
            failed.getData().add(new XYChart.Data<>(at, i.failed()));
        }
        chart.getData().add(ok);
        chart.getData().add(failed);
        chart.setTitle(String.format(Locale.ROOT, "%s (%s): %d sent, %d answered, %d failed", w.get().name(), w.get().client(), w.get().sent(),
                w.get().ok(), w.get().failed()));
    }
}
