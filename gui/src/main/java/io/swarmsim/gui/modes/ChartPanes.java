package io.swarmsim.gui.modes;

import io.swarmsim.gui.model.AppModel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the modes view's charts share: a bar of choosers with a status line that takes the room
 * left, the chart under it, bar colours per series, a daemon thread for the runs they chart, and a
 * recompute whenever the window loads a run.
 */
final class ChartPanes {
    private ChartPanes() {
    }

    /** Lays {@code pane} out: {@code bar} (whose last child is {@code status}) above {@code chart}. */
    static void layout(VBox pane, HBox bar, Label status, Node chart) {
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        pane.getChildren().addAll(bar, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        pane.setSpacing(4);
        pane.setPadding(new Insets(2, 8, 2, 8));
    }

    /** A stylesheet giving series {@code i} bars (and legend symbol) the colour {@code colours[i]}. */
    static String barColours(String... colours) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < colours.length; i++) {
            css.append(".default-color").append(i).append(".chart-bar { -fx-bar-fill: ").append(colours[i]).append("; }\n")
                    .append(".default-color").append(i).append(".chart-legend-item-symbol { -fx-background-color: ").append(colours[i])
                    .append("; }\n");
        }
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What a chart's run gave: its value, or the message of the scenario error or failure that stopped it. */
    record Outcome<T>(T value, String failure) {
    }

    /** What a chart computes from the scenario file, on the background thread. */
    @FunctionalInterface
    interface Work<T> {
        T compute(Scenario scenario) throws ScenarioException;
    }

    /**
     * A chart's runs: each on one daemon thread, from the scenario loaded afresh; only the newest
     * one's outcome reaches the FX thread, an older one still computing is dropped.
     */
    static final class Latest {
        private final AtomicLong generation = new AtomicLong();
        private final ExecutorService worker;

        Latest(String threadName) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            });
        }

        <T> void submit(Path file, T none, Work<T> work, Consumer<Outcome<T>> show) {
            long gen = generation.incrementAndGet();
            worker.execute(() -> {
                if (gen != generation.get()) {
                    return;
                }
                Outcome<T> o;
                try {
                    o = new Outcome<>(work.compute(ScenarioLoader.load(file)), null);
                } catch (ScenarioException | RuntimeException e) {
                    o = new Outcome<>(none, String.valueOf(e.getMessage()));
                }
                Outcome<T> done = o;
                Platform.runLater(() -> {
                    if (gen == generation.get()) {
                        show.accept(done);
                    }
                });
            });
        }
    }

    /** Calls {@code recompute} for every run the window loads, and now if one is loaded. */
    static void followRuns(AppModel model, Runnable recompute) {
        model.loaded().addListener((o, a, b) -> {
            if (b != null) {
                recompute.run();
            }
        });
        if (model.loaded().get() != null) {
            recompute.run();
        }
    }
}
