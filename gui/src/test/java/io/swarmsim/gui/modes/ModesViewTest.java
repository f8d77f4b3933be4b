package io.swarmsim.gui.modes;

import static io.swarmsim.gui.timeline.TestWindow.fx;
import static io.swarmsim.gui.timeline.TestWindow.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.gui.timeline.TestWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The top bar in the real window: experiments, modes that re-run, the comparison chart, loading files. */
@ExtendWith(ApplicationExtension.class)
class ModesViewTest {
    private TestWindow w;

    @Start
    void start(Stage stage) {
        w = new TestWindow(stage);
    }

    @AfterEach
    void close() {
        w.close();
    }

    @SuppressWarnings("unchecked")
    private static BarChart<String, Number> chart(FxRobot robot) {
        return robot.lookup("#modesChart").queryAs(BarChart.class);
    }

    /** The chart's first series ("now: ...") as task -> requests, or empty while it computes (FX thread). */
    private static Map<String, Integer> now(FxRobot robot, String name) {
        var data = chart(robot).getData();
        if (data.isEmpty() || !data.get(0).getName().equals(name)) {
            return Map.of();
        }
        return data.get(0).getData().stream().collect(Collectors.toMap(XYChart.Data::getXValue, d -> d.getYValue().intValue()));
    }

    private static void load(FxRobot robot, Path file) {
        TextField path = robot.lookup("#scenarioPath").queryAs(TextField.class);
        robot.interact(path::clear);
        robot.clickOn(path).write(file.toString());
        robot.clickOn("#load");
    }

    @Test
    void aClientImageSwitchReRunsAndTheChartFollows(FxRobot robot) throws Exception {
        w.openVote("dnsrr");
        robot.clickOn("Compare modes: requests per task");
        until(() -> now(robot, "now: smakam/myubuntu:v4, Docker 1.12").equals(Map.of("vote.1", 4, "vote.2", 0)));
        assertEquals(6, fx(() -> chart(robot).getData().size()), "now, then five other client images");

        TestWindow.choose(robot, "#clientImage", "alpine (musl)");
        until(() -> w.model.finished().get() && w.model.loaded().get() != null
                && w.model.request().get().modes().clientImage().equals(Optional.of("alpine")));
        assertEquals("dnsrr", fx(() -> w.model.loaded().get().experiment()), "the experiment stays");
        until(() -> !now(robot, "now: alpine, Docker 1.12").isEmpty());
        Map<String, Integer> alpine = fx(() -> now(robot, "now: alpine, Docker 1.12"));
        assertTrue(alpine.get("vote.1") > 0 && alpine.get("vote.2") > 0, "musl spreads the curls: " + alpine);
        assertTrue(fx(() -> w.model.runs().stream().filter(r -> r.command().startsWith("curl"))
                .map(r -> r.result().servedBy()).distinct().count()) == 2, "the re-run itself reaches both tasks");
        w.screenshot("modes-chart");

        TestWindow.choose(robot, "#compareBy", "Docker eras");
        until(() -> chart(robot).getData().size() == 3 && chart(robot).getData().get(2).getName().equals("Docker 18.06"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theTimeLineChartShowsAWorkloadsAnsweredAndFailedRequestsPerInterval(FxRobot robot) throws Exception {
        w.openVote("vip");
        load(robot, Path.of("../scenarios/failures.yaml"));
        until(() -> w.model.finished().get() && w.model.loaded().get() != null && w.model.loaded().get().experiment().equals("dnsrr-restart"));
        robot.clickOn("Time and failure: requests answered and failed per interval");
        javafx.scene.chart.StackedBarChart<String, Number> chart = robot.lookup("#timelineChart").queryAs(javafx.scene.chart.StackedBarChart.class);
        until(() -> chart.getData().size() == 2);
        TestWindow.choose(robot, "#workload", "stub");
        until(() -> chart.getTitle().startsWith("stub"));
        assertEquals("stub (caching-stub): 300 sent, 62 answered, 238 failed", fx(chart::getTitle));
        assertEquals(238, fx(() -> chart.getData().get(1).getData().stream().mapToInt(d -> d.getYValue().intValue()).sum()),
                "the failed series adds up to the report's count");
        assertEquals("failed", fx(() -> chart.getData().get(1).getName()));
        w.screenshot("timeline-chart");
    }

    @Test
    void anExperimentAndAnEraSwitchReRun(FxRobot robot) {
        w.openVote("dnsrr");
        TestWindow.choose(robot, "#experiment", "vip");
        until(() -> w.model.finished().get() && w.model.loaded().get() != null && w.model.loaded().get().experiment().equals("vip"));
        assertFalse(fx(() -> w.model.loaded().get().desired().namespaces().stream().anyMatch(n -> n.name().contains(":lb_"))));
        TestWindow.choose(robot, "#era", "18.06");
        until(() -> w.model.finished().get() && w.model.loaded().get() != null
                && w.model.request().get().modes().era().equals(Optional.of("18.06")));
        assertEquals("vip", fx(() -> w.model.loaded().get().experiment()));
        assertTrue(fx(() -> w.model.loaded().get().desired().namespaces().stream().anyMatch(n -> n.name().contains(":lb_"))),
                "18.06: the VIPs live in a load-balancer sandbox");
    }

    @Test
    void aBadFileShowsTheLoadersMessage(FxRobot robot, @TempDir Path dir) throws Exception {
        w.openVote("vip");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "services:\n  web:\n    image: nginx\n    deploy:\n      replicas: many\n");
        load(robot, bad);
        until(() -> !w.model.error().get().isEmpty());
        Label error = robot.lookup("#error").queryAs(Label.class);
        String text = fx(error::getText);
        assertTrue(fx(error::isVisible));
        assertTrue(text.contains("bad.yaml:5:"), text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), "a message, not a stack trace: " + text);

        load(robot, dir.resolve("missing.yaml"));
        until(() -> w.model.error().get().contains("missing.yaml"));
        assertTrue(fx(error::getText).contains("no such file"), fx(error::getText));

        load(robot, TestWindow.VOTE);
        until(() -> w.model.finished().get() && w.model.error().get().isEmpty());
        assertFalse(fx(error::isVisible));
    }

    @Test
    void aCommandThatFailsSaysWhy(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, """
                services:
                  client:
                    image: smakam/myubuntu:v4
                x-sim:
                  experiments:
                    - name: broken
                      commands:
                        - {from: client.1, run: curl nosuch}
                """);
        load(robot, file);
        until(() -> w.model.finished().get() && w.model.runs().size() == 1);
        robot.interact(() -> w.model.seek(w.model.events().size() - 1));
        Label status = robot.lookup("#runStatus").queryAs(Label.class);
        String text = fx(status::getText);
        assertTrue(text.contains("FAILED: curl: (6) Could not resolve host: nosuch") && text.contains("Why: name lookup failed"), text);
        assertTrue(fx(status::getStyle).contains("#b00020"), "in red");
        assertEquals("", fx(() -> w.model.error().get()), "a failing command is the experiment's result, not an error");
    }
}
