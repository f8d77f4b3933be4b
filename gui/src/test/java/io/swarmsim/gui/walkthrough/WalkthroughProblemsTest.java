package io.swarmsim.gui.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A teacher's own file: without one the tab says where to write it; a file with mistakes shows
 * them as file:line:column; Reload reads the corrected file (gui/target/screenshots/walkthrough-error.png).
 */
@ExtendWith(ApplicationExtension.class)
class WalkthroughProblemsTest {
    static {
        Fx.screenLargerThanTheWindows();
    }

    @TempDir
    static Path dir;
    private SessionDriver driver;
    private AppModel model;
    private WalkthroughView view;
    private Scene scene;
    private AnimationTimer frames;

    @Start
    void start(Stage stage) throws Exception {
        Files.copy(Path.of("../scenarios/vote.yaml"), dir.resolve("lab.yaml"));
        driver = new SessionDriver(64);
        model = new AppModel(driver);
        view = new WalkthroughView(model);
        scene = new Scene(view, 460, 600);
        stage.setScene(scene);
        stage.show();
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick(now);
            }
        };
        frames.start();
    }

    @AfterEach
    void stop() throws Exception {
        Fx.on(() -> {
            frames.stop();
            return null;
        });
        driver.close();
    }

    private String problem(FxRobot robot) {
        Label l = robot.lookup("#walk-problem").queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    @Test
    void noFileMistakesAndReload(FxRobot robot) throws Exception {
        Path file = dir.resolve("lab.walkthrough.yaml");
        Fx.on(() -> {
            model.open(RunRequest.of(dir.resolve("lab.yaml")));
            return null;
        });
        Fx.until("the tab says there is no walkthrough", () -> problem(robot).startsWith("This scenario has no walkthrough"));
        assertTrue(problem(robot).contains(file.toString()), problem(robot));
        assertTrue(robot.lookup("#walk-next").queryButton().isDisabled());

        Files.writeString(file, """
                steps:
                  - title: Start
                    text: The cluster.
                    highlight: [client.1, vote.7]
                  - titel: Oops
                    text: x
                """);
        robot.clickOn("#walk-reload");
        Fx.until("the mistakes are shown", () -> problem(robot).contains(":5:"));
        assertEquals(file + ":4:27: steps[0].highlight 'vote.7' names nothing in experiment dnsrr; did you mean 'vote.1'?\n\n"
                        + file + ":5:5: unknown key 'titel' under steps[1]; did you mean 'title'?\n\n"
                        + file + ":5:5: steps[1] has no title; expected 'title:' with the step's title",
                problem(robot));
        assertEquals("The walkthrough file has mistakes: correct them, then press Reload.",
                robot.lookup("#walk-heading").queryAs(Label.class).getText());
        robot.sleep(200);
        Fx.screenshot(scene, Path.of("target/screenshots/walkthrough-error.png"));

        Files.writeString(file, "title: Lab\nsteps:\n  - title: Start\n    text: The cluster.\n    highlight: [client.1, vote.1]\n");
        robot.clickOn("#walk-reload");
        Fx.until("the corrected file is shown", () -> view.walkthrough() != null && !view.settling() && model.loaded().get() != null);
        assertEquals("", problem(robot));
        assertEquals("Start", robot.lookup("#walk-title").queryAs(Label.class).getText());
        assertEquals("step 1 of 1", robot.lookup("#walk-count").queryAs(Label.class).getText());
        robot.clickOn("#walk-show");
        Fx.until("the step is in place", () -> !view.settling());
        assertEquals(2, model.highlighted().size());
    }
}
