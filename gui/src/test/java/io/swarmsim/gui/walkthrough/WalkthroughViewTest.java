package io.swarmsim.gui.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Back and Next move the step's text, the highlight and the cursor; a step in another experiment re-opens it. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughViewTest {
    static {
        Fx.screenLargerThanTheWindows();
    }

    static final Path VOTE = Path.of("../scenarios/vote.yaml");
    private SessionDriver driver;
    private AppModel model;
    private WalkthroughView view;
    private AnimationTimer frames;

    @Start
    void start(Stage stage) {
        driver = new SessionDriver(64);
        model = new AppModel(driver);
        view = new WalkthroughView(model);
        stage.setScene(new Scene(view, 460, 820));
        stage.show();
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick(now);
            }
        };
        frames.start();
        model.open(RunRequest.of(VOTE));
    }

    @AfterEach
    void stop() throws Exception {
        Fx.on(() -> {
            frames.stop();
            return null;
        });
        driver.close();
    }

    /** The namespaces of {@code tasks} in the cluster the window shows. */
    private Set<String> namespacesOf(String... tasks) throws Exception {
        return Fx.on(() -> {
            DesiredState d = model.loaded().get().desired();
            return List.of(tasks).stream().map(t -> d.ofTask(t).orElseThrow().name()).collect(Collectors.toSet());
        });
    }

    private void settled(String experiment) throws Exception {
        Fx.until("the step is in place in " + experiment, () -> view.walkthrough() != null && !view.settling()
                && model.loaded().get() != null && model.loaded().get().experiment().equals(experiment));
    }

    private String title(FxRobot robot) {
        return robot.lookup("#walk-title").queryAs(Label.class).getText();
    }

    /** The command run the cursor is in (0 before any event). */
    private long cursorRun() throws Exception {
        return Fx.on(() -> model.current().map(e -> PacketIds.requestOf(e.traceId())).orElse(0L));
    }

    @Test
    void nextAndBackMoveTheTextTheHighlightAndTheCursor(FxRobot robot) throws Exception {
        settled("dnsrr");
        assertEquals("The sample application", title(robot));
        assertTrue(model.highlighted().isEmpty(), "loading shows the first step but does not move the window");
        robot.clickOn("#walk-show");
        Fx.until("the step is in place", () -> !view.settling());
        assertEquals("step 1 of 17", robot.lookup("#walk-count").queryAs(Label.class).getText());
        assertEquals(namespacesOf("client.1", "vote.1", "vote.2"), Set.copyOf(model.highlighted()), "the services' tasks");
        assertEquals(-1, model.cursor().get(), "no run: the cluster before the first command");
        assertTrue(Fx.on(() -> view.shownText()).startsWith("Two nodes in swarm mode"));
        assertTrue(robot.lookup("#walk-back").queryButton().isDisabled());

        robot.clickOn("#walk-next");
        settled("dnsrr");
        assertEquals("dig vote: every task's address, shuffled", title(robot));
        assertEquals(namespacesOf("client.1"), Set.copyOf(model.highlighted()));
        Fx.until("the cursor reaches run 1", () -> model.runs().size() >= 1);
        assertEquals(1, cursorRun(), "the cursor is at the dig's first event");
        assertEquals("client.1 # dig vote", robot.lookup("#walk-command").queryAs(Label.class).getText());
        Fx.until("the dig's output is shown", () -> robot.lookup("#walk-output").queryAs(TextArea.class).getText().contains("ANSWER SECTION"));
        assertTrue(robot.lookup("#walk-why").queryAs(Label.class).getText().startsWith("Why: dig prints the answer as received"));

        robot.clickOn("#walk-next");
        settled("dnsrr");
        assertEquals("ping follows the order DNS gave", title(robot));
        assertEquals(namespacesOf("client.1", "vote.1", "vote.2"), Set.copyOf(model.highlighted()));
        assertEquals(2, cursorRun());
        assertTrue(Fx.on(() -> view.shownText()).contains("gethostbyname"));

        robot.clickOn("#walk-back");
        settled("dnsrr");
        assertEquals("dig vote: every task's address, shuffled", title(robot));
        assertEquals(namespacesOf("client.1"), Set.copyOf(model.highlighted()));
        assertEquals(1, cursorRun());
        assertTrue(Fx.on(() -> view.shownText()).contains("127.0.0.11"));
    }

    @Test
    void aStepInAnotherExperimentReopensItAndShowsTheToolsView(FxRobot robot) throws Exception {
        settled("dnsrr");
        RunRequest first = model.request().get();
        while (!title(robot).equals("No load balancer in between")) {
            robot.clickOn("#walk-next");
        }
        settled("dnsrr");
        assertSame(first, model.request().get(), "steps in the shown experiment do not re-open it");

        robot.clickOn("#walk-next");
        assertEquals("VIP: dig answers one address", title(robot));
        assertEquals(Optional.of("vip"), model.request().get().experiment(), "re-opened on the step's experiment");
        settled("vip");
        assertEquals(namespacesOf("client.1"), Set.copyOf(model.highlighted()));
        Fx.until("the cursor reaches run 1", () -> model.current().isPresent());
        assertEquals(1, cursorRun());
        RunRequest vip = model.request().get();

        robot.clickOn("#walk-next");
        settled("vip");
        assertEquals("mangle OUTPUT marks packets to the VIP", title(robot));
        assertSame(vip, model.request().get());
        assertEquals(2, cursorRun());
        assertEquals("client.1 # iptables -nvL -t mangle   (after run 2 of vip)",
                robot.lookup("#walk-output-caption").queryAs(Label.class).getText());
        Fx.until("the mangle table is printed",
                () -> robot.lookup("#walk-output").queryAs(TextArea.class).getText().contains("10.0.0.4             MARK set 0x101"));
        assertTrue(robot.lookup("#walk-why").queryAs(Label.class).getText().contains("IPVS in client.1's container"));

        robot.clickOn("#walk-back");
        robot.clickOn("#walk-back");
        assertEquals("No load balancer in between", title(robot));
        settled("dnsrr");
        assertEquals(Optional.of("dnsrr"), model.request().get().experiment(), "going back re-opens the earlier experiment");
        assertEquals(-1, model.cursor().get());
    }

    @Test
    void theRefusedServiceIsShownWithDockersReason(FxRobot robot) throws Exception {
        settled("dnsrr");
        int last = Fx.on(() -> view.walkthrough().steps().size() - 1);
        Fx.on(() -> {
            view.go(last);
            return null;
        });
        settled("dnsrr-mesh");
        assertEquals("dnsrr with a published port is refused", title(robot));
        assertTrue(robot.lookup("#walk-next").queryButton().isDisabled());
        assertEquals(Set.of(Fx.on(() -> model.loaded().get().desired().ofNode("node1").orElseThrow().name())), Set.copyOf(model.highlighted()));
        assertEquals("Docker refused service vote: EndpointSpec: ports can't be used with dnsrr mode",
                robot.lookup("#walk-why").queryAs(Label.class).getText());
        Fx.until("docker service ls is printed", () -> robot.lookup("#walk-output").queryAs(TextArea.class).getText().contains("client  1/1"));
    }
}
