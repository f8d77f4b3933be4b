package io.swarmsim.gui.timeline;

import static io.swarmsim.gui.timeline.TestWindow.fx;
import static io.swarmsim.gui.timeline.TestWindow.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.session.RunRecord;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timeline's buttons, keys, slider, run jumps and status line, clicked in the real window. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private TestWindow w;

    @Start
    void start(Stage stage) {
        w = new TestWindow(stage);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private int cursor() {
        return fx(() -> w.model.cursor().get());
    }

    @Test
    void stepAndStepBackRestoreTheCursorAndPlayPauses(FxRobot robot) throws Exception {
        w.openVote("vip");
        robot.interact(() -> w.model.seek(40));
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#stepForward");
        }
        assertEquals(45, cursor());
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#stepBack");
        }
        assertEquals(40, cursor());

        robot.interact(() -> w.model.speed().set(20));
        robot.clickOn("#play");
        until(() -> w.model.cursor().get() > 42);
        assertEquals("Pause", fx(() -> robot.lookup("#play").queryButton().getText()));
        robot.clickOn("#play");
        until(() -> !w.model.playing().get()); // on a loaded machine the click may land a pulse later
        int paused = cursor();
        Thread.sleep(150);
        assertEquals(paused, cursor(), "paused: the cursor stays");
        int ahead = paused - 40;
        for (int i = 0; i < ahead; i++) {
            robot.clickOn("#stepBack");
        }
        assertEquals(40, cursor(), "stepping back as far as play went restores the cursor");
        w.screenshot("timeline");
    }

    @Test
    void theButtonsStayPutWhateverTheStatusLineSays(FxRobot robot) {
        w.openVote("dnsrr");
        javafx.scene.Node play = robot.lookup("#play").query();
        robot.interact(() -> w.model.seek(-1));
        javafx.geometry.Bounds first = fx(() -> play.localToScene(play.getBoundsInLocal()));
        java.util.Set<String> statuses = new java.util.HashSet<>();
        for (int run = 1; run <= fx(() -> w.model.runs().size()); run++) {
            long n = run;
            robot.interact(() -> w.model.jumpToRun(n));
            statuses.add(fx(() -> robot.lookup("#runStatus").queryAs(Label.class).getText()));
            assertEquals(first, fx(() -> play.localToScene(play.getBoundsInLocal())), "run " + run);
        }
        assertTrue(statuses.size() > 3, "the status line said different things: " + statuses);
    }

    @Test
    void keysPlayStepAndStepBack(FxRobot robot) {
        w.openVote("dnsrr");
        robot.interact(() -> w.model.seek(10));
        robot.clickOn("#where");
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(13, cursor());
        robot.type(KeyCode.LEFT, 2);
        robot.type(KeyCode.COMMA);
        assertEquals(10, cursor());
        robot.type(KeyCode.PERIOD);
        assertEquals(11, cursor());
        robot.type(KeyCode.SPACE);
        until(() -> w.model.playing().get());
        robot.type(KeyCode.SPACE);
        until(() -> !w.model.playing().get());
        robot.type(KeyCode.HOME);
        assertEquals(-1, cursor());
        robot.type(KeyCode.END);
        assertEquals(fx(() -> w.model.events().size() - 1), cursor());
    }

    @Test
    void theSliderAndTheLabelFollowTheCursor(FxRobot robot) {
        w.openVote("dnsrr");
        robot.interact(() -> w.model.seek(99));
        Slider s = robot.lookup("#position").queryAs(Slider.class);
        assertEquals(99, fx(s::getValue), 0);
        assertEquals(fx(() -> w.model.events().size() - 1.0), fx(s::getMax), 0);
        String where = fx(() -> robot.lookup("#where").queryAs(Label.class).getText());
        String time = EventSummary.millis(fx(() -> w.model.events().get(99).time()));
        assertTrue(where.startsWith("event 100 of " + fx(() -> w.model.events().size())) && where.endsWith(time + " ms"), where);
        robot.interact(() -> s.setValue(250));
        assertEquals(250, cursor(), "dragging the slider seeks");
    }

    @Test
    void jumpToARunFromTheComboAndItsStatusLine(FxRobot robot) {
        w.openVote("dnsrr");
        assertEquals(9, fx(() -> w.model.runs().size()));
        TestWindow.choose(robot, "#runs", "7: client.1 # curl vote | grep -i \"container id\"");
        int c = cursor();
        assertEquals(7, PacketIds.requestOf(fx(() -> w.model.events().get(c).traceId())));
        assertTrue(c == 0 || PacketIds.requestOf(fx(() -> w.model.events().get(c - 1).traceId())) != 7, "the run's first event");
        String status = fx(() -> robot.lookup("#runStatus").queryAs(Label.class).getText());
        assertTrue(status.contains("served by vote.1") && status.contains("rule 9"), status);
        robot.interact(() -> w.model.seek(0));
        @SuppressWarnings("unchecked")
        ComboBox<RunRecord> runs = robot.lookup("#runs").queryAs(ComboBox.class);
        assertEquals(1, fx(() -> runs.getValue().number()), "the combo follows the cursor's run");
    }

    @Test
    void anExperimentDockerRefusesSaysWhyInTheStatusLine(FxRobot robot) {
        w.openVote("dnsrr-mesh");
        until(() -> robot.lookup("#runStatus").queryAs(Label.class).getText().contains("dnsrr"));
        Label status = robot.lookup("#runStatus").queryAs(Label.class);
        assertTrue(fx(status::getText).contains("docker service create --name vote: Error response from daemon: "
                + "EndpointSpec: ports can't be used with dnsrr mode"), fx(status::getText));
        assertTrue(fx(status::getStyle).contains("#b00020"));
    }
}
