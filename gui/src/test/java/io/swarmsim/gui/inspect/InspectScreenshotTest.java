package io.swarmsim.gui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.gui.MainView;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole window as a learner sees it with the inspect tabs open: vote.yaml's vip experiment, the
 * client container inspected, the cursor on the mangle OUTPUT MARK rule's match. Writes
 * target/screenshots/namespace.png and inspector.png.
 */
@ExtendWith(ApplicationExtension.class)
class InspectScreenshotTest {
    static {
        Fx.bigScreen();
    }

    private SessionDriver driver;
    private AppModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        driver = new SessionDriver(16);
        model = new AppModel(driver);
        scene = new Scene(new MainView(model, stage), 1400, 900);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void theWindowWithTheMarkRuleAtTheCursor() throws Exception {
        Fx.run(() -> model.open(RunRequest.of(Fx.VOTE).withExperiment("vip")));
        Fx.until(model, () -> model.finished().get());
        String client = Fx.fx(() -> model.loaded().get().desired().ofTask("client.1").orElseThrow().name());
        Fx.run(() -> model.inspected().set(client));
        int mark = Fx.fx(() -> {
            for (int i = 0; i < model.events().size(); i++) {
                if (model.events().get(i) instanceof TraceEvent.RuleMatched r && r.target().equals("MARK") && r.packets() == 1) {
                    return i;
                }
            }
            throw new AssertionError("no MARK match");
        });
        Fx.run(() -> model.seek(mark));
        Fx.until(model, () -> model.snapshot().get() != null && model.snapshot().get().time() == model.current().orElseThrow().time());
        TabPane side = (TabPane) scene.lookup("#side");
        Fx.run(() -> side.getSelectionModel().select(1));
        Fx.until(model, () -> true);
        Path ns = Fx.screenshot(scene, "namespace");
        Fx.run(() -> ((javafx.scene.control.ScrollPane) scene.lookup("#ns-scroll")).setVvalue(1));
        Fx.until(model, () -> true);
        Fx.screenshot(scene, "namespace-tables");
        Fx.run(() -> side.getSelectionModel().select(0));
        Fx.until(model, () -> true);
        Path inspector = Fx.screenshot(scene, "inspector");
        assertTrue(Files.size(ns) > 10_000 && Files.size(inspector) > 10_000);
        assertEquals("rule matched", Fx.text(scene.lookup("#inspector-title")));
    }
}
