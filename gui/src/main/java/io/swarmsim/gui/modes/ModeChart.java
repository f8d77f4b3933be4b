package io.swarmsim.gui.modes;

import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.Update;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A bar chart of requests per task for the experiment on screen, under the modes shown now and,
 * side by side, under each other client image (or Docker era): the seed's point at a glance (with
 * dnsrr, glibc's rule 9 sends every curl to one task; musl spreads them). Every loaded run redraws
 * it. The runs are made on this chart's own background thread; a newer request supersedes an
 * older one still computing, whose result is then dropped.
 */
final class ModeChart extends VBox {
    private final AppModel model;
    private final BarChart<String, Number> chart;
    private final NumberAxis y = new NumberAxis();
    private final ComboBox<ModeComparison.Dimension> dimension = new ComboBox<>();
    private final ComboBox<ModeComparison.Counted> counted = new ComboBox<>();
    private final Label status = new Label();
    private final ChartPanes.Latest runs = new ChartPanes.Latest("swarmsim-mode-chart");

    ModeChart(AppModel model) {
        this.model = model;
        setId("modeChart");
        CategoryAxis x = new CategoryAxis();
        x.setLabel("task that served the request");
        y.setLabel("requests");
        y.setMinorTickVisible(false);
        y.setAutoRanging(false); // whole requests: the range is set from the data in show()
        y.setLowerBound(0);
        y.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
            @Override
            public String toString(Number n) {
                return Long.toString(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
        chart = new BarChart<>(x, y);
        chart.setId("modesChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(230);
        chart.setMinHeight(200);
        chart.setBarGap(1);
        chart.setCategoryGap(24);

        dimension.setId("compareBy");
        dimension.getItems().setAll(ModeComparison.Dimension.values());
        dimension.setValue(ModeComparison.Dimension.CLIENT_IMAGE);
        counted.setId("counted");
        counted.getItems().setAll(ModeComparison.Counted.values());
        counted.setValue(ModeComparison.Counted.CURL);
        dimension.valueProperty().addListener((o, a, b) -> recompute());
        counted.valueProperty().addListener((o, a, b) -> recompute());
        status.setId("chartStatus");
        ChartPanes.layout(this, new HBox(8, new Label("Count"), counted, new Label("for the modes now and each of the other"), dimension,
                status), status, chart);
        // the modes shown now in a dark slate, the alternatives in the chart's usual colours
        getStylesheets().add(ChartPanes.barColours("#37474f"));
        ChartPanes.followRuns(model, this::recompute);
    }

    /** The chart (its series: "now: ..." first). */
    BarChart<String, Number> chart() {
        return chart;
    }

    /** Starts computing the series for the run on screen; the answer replaces the chart's data. */
    void recompute() {
        Update.Loaded l = model.loaded().get();
        if (l == null) {
            return;
        }
        ModeComparison.Dimension dim = dimension.getValue();
        ModeComparison.Counted what = counted.getValue();
        status.setText("computing " + l.experiment() + " under each mode...");
        status.setStyle("-fx-text-fill: #555555;");
        ChartPanes.Work<List<ModeComparison.Series>> work = s -> s.experiment(l.experiment()).isEmpty() ? List.of()
                : ModeComparison.compute(s, l.experiment(), l.request().seed(), l.request().modes(), dim, what);
        runs.submit(l.request().scenario(), List.of(), work, o -> show(l, o.value(), o.failure()));
    }

    private void show(Update.Loaded l, List<ModeComparison.Series> series, String failure) {
        chart.getData().clear();
        int max = series.stream().flatMap(s -> s.perTask().values().stream()).mapToInt(Integer::intValue).max().orElse(0);
        int tick = Math.max(1, (int) Math.ceil(max / 6.0));
        y.setTickUnit(tick);
        y.setUpperBound((max / tick + 1) * tick); // a little headroom over the tallest bar
        for (ModeComparison.Series s : series) {
            XYChart.Series<String, Number> xy = new XYChart.Series<>();
            xy.setName(s.name());
            for (Map.Entry<String, Integer> e : s.perTask().entrySet()) {
                xy.getData().add(new XYChart.Data<>(e.getKey(), e.getValue()));
            }
            chart.getData().add(xy);
        }
        chart.setTitle(l.experiment() + ": " + counted.getValue() + " per task");
        if (failure != null) {
            status.setText("cannot compare: " + failure);
            status.setStyle("-fx-text-fill: #b00020;");
        } else if (series.isEmpty()) {
            status.setText("this scenario has no experiment with commands to compare");
            status.setStyle("-fx-text-fill: #555555;");
        } else {
            status.setText(String.format(Locale.ROOT, "%d runs of %s, seed %d", series.size(), l.experiment(), l.request().seed()));
            status.setStyle("-fx-text-fill: #555555;");
        }
    }
}
