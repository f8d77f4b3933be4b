package io.swarmsim.gui.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.gui.MainView;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The topology in the real window, on vote.yaml's vip experiment: clicks, outlines, zoom and pan, and stepping back. */
@ExtendWith(ApplicationExtension.class)
class TopologyViewTest {
    private SessionDriver driver;
    private AppModel model;
    private AnimationTimer timer;
    private TopologyView view;

    @Start
    void start(Stage s) {
        driver = new SessionDriver(64);
        model = new AppModel(driver);
        MainView main = new MainView(model, s);
        s.setScene(new Scene(main, 1400, 900));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick(now);
            }
        };
        timer.start();
        s.show();
        view = (TopologyView) main.lookup("#TopologyView");
    }

    @BeforeEach
    void load(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(RunRequest.of(Clusters.VOTE).withExperiment("vip")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.finished().get() && view.topology() != null);
    }

    @AfterEach
    void stop() {
        timer.stop();
        driver.close();
    }

    private String clientNs() {
        return model.loaded().get().desired().ofTask("client.1").orElseThrow().name();
    }

    private Node namespaceNode(FxRobot robot, String ns) {
        return robot.lookup(".namespace").queryAll().stream().filter(n -> ns.equals(n.getUserData())).findFirst().orElseThrow();
    }

    @Test
    void clickingANamespaceInspectsItAndBringsTheNamespaceTabForward(FxRobot robot) {
        robot.clickOn(namespaceNode(robot, clientNs()));
        assertEquals(clientNs(), model.inspected().get());
        TabPane side = robot.lookup("#side").queryAs(TabPane.class);
        assertEquals("tab-namespace", side.getSelectionModel().getSelectedItem().getId());
        assertTrue(view.outlined(clientNs(), "inspected"));
        robot.clickOn(namespaceNode(robot, "node2"));
        assertEquals("node2", model.inspected().get());
        assertFalse(view.outlined(clientNs(), "inspected"));
    }

    @Test
    void clickingAPacketOrACalloutSelectsItsEvent(FxRobot robot) {
        long curl = model.runs().stream().filter(r -> r.command().startsWith("curl")).findFirst().orElseThrow().number();
        int i = TopologyScreenshotTest.midCurl(model.events(), curl);
        robot.interact(() -> model.seek(i));
        WaitForAsyncUtils.waitForFxEvents();
        Node wire = robot.lookup(".wire").queryAll().stream().filter(n -> ((Mark) n.getUserData()).event() == model.events().get(i))
                .findFirst().orElseThrow();
        robot.clickOn(wire);
        assertEquals(model.events().get(i), model.selected().get(), "the frame in flight");
        Node callout = robot.lookup(".callout").query();
        robot.clickOn(callout);
        TraceEvent chosen = model.selected().get();
        assertTrue(chosen instanceof TraceEvent.NatApplied || chosen instanceof TraceEvent.Ipvs, String.valueOf(chosen));
        assertEquals(((Mark) callout.getUserData()).event(), chosen);
    }

    /** What the mark layer shows: each mark's key, text and where it is drawn (resting place plus any animation offset). */
    private TreeSet<String> picture(FxRobot robot) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            for (String cls : List.of(".packet", ".drop", ".callout")) {
                for (Node n : robot.lookup(cls).queryAll()) {
                    Mark m = (Mark) n.getUserData();
                    out.add(String.format(Locale.ROOT, "%s %s %s %.2f %.2f %s", m.key(), m.kind(), m.text(), n.getLayoutX() + n.getTranslateX(),
                            n.getLayoutY() + n.getTranslateY(), n.isVisible()));
                }
            }
        });
        return new TreeSet<>(out);
    }

    @Test
    void steppingBackShowsExactlyThePictureSeekingShows(FxRobot robot) throws Exception {
        int size = model.events().size();
        int nonEmpty = 0;
        for (int k = 40; k < size - 10; k += size / 13) {
            int at = k;
            robot.interact(() -> model.seek(at));
            TreeSet<String> seeked = picture(robot);
            nonEmpty += seeked.isEmpty() ? 0 : 1;
            robot.interact(() -> {
                model.seek(at - 6);
                for (int s = 0; s < 6; s++) {
                    model.stepForward();
                }
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !view.animating());
            assertEquals(seeked, picture(robot), "stepping forward to " + at + " ends on the same picture");
            robot.interact(() -> {
                for (int s = 0; s < 5; s++) {
                    model.stepForward();
                }
                for (int s = 0; s < 5; s++) {
                    model.stepBack();
                }
            });
            assertEquals(seeked, picture(robot), "stepping back to " + at + " restores the picture at once");
        }
        assertTrue(nonEmpty > 8, "most positions show something: " + nonEmpty);
    }

    @Test
    void playingFollowsTheCursorAndPausingLeavesThePictureSeekingShows(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.seek(200);
            model.speed().set(400);
            model.play();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.cursor().get() > 600);
        robot.interact(() -> model.pause());
        int at = model.cursor().get();
        TreeSet<String> played = picture(robot);
        robot.interact(() -> model.seek(0));
        robot.interact(() -> model.seek(at));
        assertEquals(picture(robot), played);
        assertTrue(view.marks().stream().allMatch(m -> io.swarmsim.engine.net.PacketIds.requestOf(m.event().traceId())
                == io.swarmsim.engine.net.PacketIds.requestOf(model.current().orElseThrow().traceId())), "the picture followed the cursor");
    }

    @Test
    void aStepForwardAnimatesTheFrameAlongItsLink(FxRobot robot) throws Exception {
        long curl = model.runs().stream().filter(r -> r.command().startsWith("curl")).findFirst().orElseThrow().number();
        int i = TopologyScreenshotTest.midCurl(model.events(), curl);
        boolean[] started = new boolean[1];
        robot.interact(() -> {
            model.seek(i - 1);
            model.stepForward();
            // read on the FX thread, in the same pulse: a loaded machine may finish the short animation before the test looks
            started[0] = view.animating();
        });
        Node wire = robot.lookup(".wire").queryAll().stream().filter(n -> ((Mark) n.getUserData()).key().equals("w" + i)).findFirst().orElseThrow();
        Mark m = (Mark) wire.getUserData();
        assertTrue(started[0], "the step animates");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !view.animating());
        assertEquals(m.at().x(), wire.getLayoutX() + wire.getTranslateX(), 1e-9, "and ends where the frame rests");
        assertEquals(0, wire.getTranslateY(), 1e-9);
        assertTrue(view.outlined(model.events().get(i).at().netns(), "current"), "the current event's namespace is outlined");
    }

    @Test
    void highlightedNamespacesTasksAndNodesAreOutlined(FxRobot robot) {
        robot.interact(() -> model.highlighted().add("client.1"));
        assertTrue(view.outlined(clientNs(), "highlighted"), "a task names its container");
        robot.interact(() -> model.highlighted().add("node2"));
        assertTrue(view.outlined("node2", "highlighted"), "a node names its host namespace");
        assertFalse(view.outlined("node1", "highlighted"));
        robot.interact(() -> model.highlighted().clear());
        assertFalse(view.outlined(clientNs(), "highlighted"));
        assertFalse(view.outlined("node2", "highlighted"));
    }

    @Test
    void zoomButtonsScrollAndDragMoveThePictureAndFitBringsItBack(FxRobot robot) {
        Node world = robot.lookup("#topology-world").query();
        Node viewport = robot.lookup("#topology-viewport").query();
        double fitted = view.zoom();
        Bounds inside = world.getBoundsInParent();
        assertTrue(inside.getMinX() >= -0.5 && inside.getMinY() >= -0.5 && inside.getMaxX() <= viewport.getLayoutBounds().getWidth() + 0.5
                && inside.getMaxY() <= viewport.getLayoutBounds().getHeight() + 0.5, "the fitted picture lies inside the view: " + inside);
        robot.clickOn("#zoom-in");
        assertEquals(fitted * 1.25, view.zoom(), 1e-9);
        robot.clickOn("#zoom-out").clickOn("#zoom-out");
        assertEquals(fitted / 1.25, view.zoom(), 1e-9);
        robot.moveTo(viewport).scroll(javafx.geometry.VerticalDirection.UP);
        assertNotEquals(fitted / 1.25, view.zoom(), 1e-9);
        Point2D before = world.localToScene(0, 0);
        Bounds vb = viewport.localToScreen(viewport.getLayoutBounds());
        robot.drag(vb.getMinX() + 8, vb.getMinY() + 8).dropBy(60, 40);
        Point2D after = world.localToScene(0, 0);
        assertEquals(before.getX() + 60, after.getX(), 1.5);
        assertEquals(before.getY() + 40, after.getY(), 1.5);
        robot.clickOn("#zoom-fit");
        assertEquals(fitted, view.zoom(), 1e-9);
    }
}
