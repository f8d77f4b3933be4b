package io.swarmsim.gui.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.gui.MainView;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole window, walkthrough tab selected, on a VIP step (gui/target/screenshots/walkthrough.png),
 * on the way the curl of DNS round robin (walkthrough-dnsrr.png), and with Wide output on the mangle
 * table (walkthrough-wide.png); Wide output gives the divider back.
 */
@ExtendWith(ApplicationExtension.class)
class WalkthroughScreenshotTest {
    static {
        Fx.screenLargerThanTheWindows();
    }

    static final Path PNG = Path.of("target/screenshots/walkthrough.png");
    static final Path DNSRR_PNG = Path.of("target/screenshots/walkthrough-dnsrr.png");
    static final Path WIDE_PNG = Path.of("target/screenshots/walkthrough-wide.png");
    private SessionDriver driver;
    private AppModel model;
    private Scene scene;
    private AnimationTimer frames;

    @Start
    void start(Stage stage) {
        driver = new SessionDriver(128);
        model = new AppModel(driver);
        scene = new Scene(new MainView(model, stage), 1400, 900);
        stage.setScene(scene);
        stage.show();
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick(now);
            }
        };
        frames.start();
        model.open(RunRequest.of(Path.of("../scenarios/vote.yaml")));
    }

    @AfterEach
    void stop() throws Exception {
        Fx.on(() -> {
            frames.stop();
            return null;
        });
        driver.close();
    }

    @Test
    void aVipStepInTheWholeWindow(FxRobot robot) throws Exception {
        TabPane side = robot.lookup("#side").queryAs(TabPane.class);
        robot.clickOn(robot.lookup(".tab").match(n -> n.getId() != null && n.getId().equals("tab-walkthrough")).queryAs(javafx.scene.Node.class));
        assertEquals("tab-walkthrough", side.getSelectionModel().getSelectedItem().getId());
        WalkthroughView view = robot.lookup("#WalkthroughView").queryAs(WalkthroughView.class);
        Fx.until("the walkthrough is loaded", () -> view.walkthrough() != null);
        while (!robot.lookup("#walk-title").queryAs(Label.class).getText().equals("IPVS in the container balances the mark")) {
            robot.clickOn("#walk-next");
            if (robot.lookup("#walk-title").queryAs(Label.class).getText().startsWith("curl always reaches 10.0.0.3")) {
                Fx.until("rule 9 is shown", () -> robot.lookup("#walk-why").queryAs(Label.class).getText().contains("glibc rule 9"));
                robot.sleep(300);
                Fx.screenshot(scene, DNSRR_PNG);
            }
        }
        Fx.until("the step is in place", () -> !view.settling() && model.loaded().get() != null
                && model.loaded().get().experiment().equals("vip"));
        Fx.until("ipvsadm is printed", () -> robot.lookup("#walk-output").queryAs(TextArea.class).getText().contains("FWM  257 rr"));
        Fx.until("the reason is shown", () -> robot.lookup("#walk-why").queryAs(Label.class).getText().startsWith("Why:"));
        robot.sleep(300);
        Fx.screenshot(scene, PNG);
        assertTrue(Files.size(PNG) > 10_000);

        robot.clickOn("#walk-back");
        Fx.until("the mangle table is printed", () -> !view.settling()
                && robot.lookup("#walk-output").queryAs(TextArea.class).getText().contains("MARK set 0x101"));
        robot.clickOn("#walk-wide");
        javafx.scene.control.SplitPane middle = (javafx.scene.control.SplitPane) side.getParent().getParent();
        Fx.until("the tab is wider", () -> middle.getDividerPositions()[0] < 0.4);
        robot.sleep(300);
        Fx.screenshot(scene, WIDE_PNG);
        robot.clickOn("#walk-wide");
        Fx.until("the tab is as wide as before", () -> Math.abs(middle.getDividerPositions()[0] - 0.68) < 0.01);
    }
}
