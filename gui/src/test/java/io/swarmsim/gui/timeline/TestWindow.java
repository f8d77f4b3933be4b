package io.swarmsim.gui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.gui.MainView;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The real window (MainView over a model, a driver thread and a frame timer) for TestFX tests of
 * the timeline, the event list and the modes; helpers to wait for the model on the FX thread and
 * to write a screenshot of the whole window.
 */
public final class TestWindow implements AutoCloseable {
    public static final Path VOTE = Path.of("../scenarios/vote.yaml");
    public final SessionDriver driver = new SessionDriver(64);
    public final AppModel model = new AppModel(driver);
    public final Stage stage;
    private final AnimationTimer timer;

    /** Shows the window on {@code stage} (call from {@code @Start}, on the FX thread), as large as Monocle's headless screen (1280x800). */
    public TestWindow(Stage stage) {
        this.stage = stage;
        MainView view = new MainView(model, stage);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick(now);
            }
        };
        timer.start();
    }

    /** Opens {@code experiment} of vote.yaml and waits until every event has arrived. */
    public void openVote(String experiment) {
        Platform.runLater(() -> model.open(RunRequest.of(VOTE).withExperiment(experiment)));
        until(() -> model.finished().get() && model.loaded().get() != null);
    }

    /** Runs {@code c} on the FX thread and returns its value. */
    public static <T> T fx(Callable<T> c) {
        FutureTask<T> t = new FutureTask<>(c);
        Platform.runLater(t);
        try {
            return t.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to 20 s) until {@code done} holds, evaluated on the FX thread. */
    public static void until(BooleanSupplier done) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            if (fx(done::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertTrue(fx(done::getAsBoolean), "the window got there in time");
    }

    /** Opens combo box {@code combo} (a CSS query) with a click and clicks its entry {@code item} in the popup. */
    public static void choose(org.testfx.api.FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        javafx.scene.Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(item)).query();
        robot.clickOn(cell);
    }

    /** Writes the whole window to gui/target/screenshots/{@code name}.png. */
    public void screenshot(String name) throws IOException {
        WritableImage img = fx(() -> stage.getScene().snapshot(null));
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
    }

    @Override
    public void close() {
        Platform.runLater(timer::stop);
        driver.close();
    }
}
