package io.swarmsim.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window for each of the seed's experiments, stopped in the middle of its first HTTP
 * request, written to {@code gui/target/screenshots/window-<experiment>.png}; with
 * {@code -Ddocs.screenshots=true} also to {@code docs/screenshots/} (what the README shows).
 */
@ExtendWith(ApplicationExtension.class)
class WindowScreenshotTest {
    static final Path OUT = Path.of("target/screenshots");
    private SessionDriver driver;
    private AppModel model;
    private AnimationTimer timer;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        driver = new SessionDriver(SimApp.QUEUE_CAPACITY);
        model = new AppModel(driver);
        s.setScene(new Scene(new MainView(model, s), 1400, 900));
        timer = SimApp.frames(model);
        timer.start();
        s.show();
    }

    @AfterEach
    void stop() {
        timer.stop();
        driver.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dnsrr", "vip", "mesh"})
    void theWindowShowsTheExperiment(String experiment, FxRobot robot) throws Exception {
        robot.interact(() -> model.open(RunRequest.of(Path.of("../scenarios/vote.yaml")).withExperiment(experiment)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.finished().get());
        long firstCurl = model.runs().stream().filter(r -> r.command().startsWith("curl")).findFirst().orElseThrow().number();
        robot.interact(() -> {
            model.jumpToRun(firstCurl);
            int start = model.cursor().get();
            // halfway through the request's events
            long n = model.events().stream().filter(e -> io.swarmsim.engine.net.PacketIds.requestOf(e.traceId()) == firstCurl).count();
            model.seek(start + (int) (n / 2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path png = save(robot, "window-" + experiment);
        assertTrue(Files.size(png) > 10_000, "a real picture: " + png);
        if (Boolean.getBoolean("docs.screenshots")) {
            Path docs = Path.of("../docs/screenshots");
            Files.createDirectories(docs);
            Files.copy(png, docs.resolve(png.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The time-line chart of failures.yaml's dnsrr-restart, the caching stub's series, as the README shows it. */
    @org.junit.jupiter.api.Test
    void theTimeLineChartOfARollingRestart(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(RunRequest.of(Path.of("../scenarios/failures.yaml")).withExperiment("dnsrr-restart")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.finished().get());
        robot.clickOn("Time and failure: requests answered and failed per interval");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> workload = robot.lookup("#workload").queryAs(javafx.scene.control.ComboBox.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workload.getItems().contains("stub"));
        robot.interact(() -> workload.setValue("stub"));
        WaitForAsyncUtils.waitForFxEvents();
        Path png = save(robot, "window-failures");
        assertTrue(Files.size(png) > 10_000, "a real picture: " + png);
        if (Boolean.getBoolean("docs.screenshots")) {
            Files.copy(png, Path.of("../docs/screenshots").resolve(png.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path save(FxRobot robot, String name) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(toBuffered(shot[0]), "png", file.toFile());
        return file;
    }

    /** JavaFX pixels into an AWT image, without the javafx-swing module. */
    static BufferedImage toBuffered(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        return out;
    }
}
