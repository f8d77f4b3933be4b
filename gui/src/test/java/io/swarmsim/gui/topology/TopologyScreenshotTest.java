package io.swarmsim.gui.topology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.gui.MainView;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window after each of the seed's experiments ran, the cursor in the middle of the first
 * HTTP request (on its first VXLAN frame when it has one, else on a frame after its first address
 * rewrite): {@code gui/target/screenshots/topology-<experiment>.png}.
 */
@ExtendWith(ApplicationExtension.class)
class TopologyScreenshotTest {
    private SessionDriver driver;
    private AppModel model;
    private AnimationTimer timer;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        driver = new SessionDriver(64);
        model = new AppModel(driver);
        s.setScene(new Scene(new MainView(model, s), 1400, 900));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick(now);
            }
        };
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
    void theWindowMidwayThroughACurl(String experiment, FxRobot robot) throws Exception {
        robot.interact(() -> model.open(RunRequest.of(Clusters.VOTE).withExperiment(experiment)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.finished().get());
        robot.interact(() -> model.seek(midCurl(model.events(), model.runs().stream()
                .filter(r -> r.command().startsWith("curl")).findFirst().orElseThrow().number())));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        Path png = Shots.save(shot[0], "topology-" + experiment);
        assertTrue(Files.size(png) > 10_000, "a real picture: " + png);
    }

    /** The vip experiment's first drop (a flooded SYN at the wrong container) and its first DNS answer: {@code topology-vip-drop.png}, {@code topology-vip-dns.png}. */
    @org.junit.jupiter.api.Test
    void aDropAndADnsAnswer(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(RunRequest.of(Clusters.VOTE).withExperiment("vip")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.finished().get());
        int drop = 0;
        int dns = 0;
        for (int i = model.events().size() - 1; i >= 0; i--) {
            TraceEvent e = model.events().get(i);
            drop = e instanceof TraceEvent.Drop ? i : drop;
            dns = e instanceof TraceEvent.FrameSent f && io.swarmsim.gui.topology.Look.of(f.frame()).label().equals("DNS answer") ? i : dns;
        }
        for (int[] at : new int[][] {{drop + 2, 0}, {dns, 1}}) {
            robot.interact(() -> model.seek(at[0]));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
            assertTrue(Files.size(Shots.save(shot[0], at[1] == 0 ? "topology-vip-drop" : "topology-vip-dns")) > 10_000);
        }
    }

    /** A generated cluster of ten nodes in the 18.06 era, in the whole window: {@code topology-generated-10.png}. */
    @org.junit.jupiter.api.Test
    void aGeneratedClusterOfTenNodes(FxRobot robot) throws Exception {
        Path yaml = Path.of("target/generated-10.yaml");
        Files.writeString(yaml, io.swarmsim.engine.generate.ScenarioGenerator.generate(
                new io.swarmsim.engine.generate.ScenarioGenerator.Spec(10, 12, 2, "18.06", 1)));
        robot.interact(() -> model.open(RunRequest.of(yaml).withExperiment("vip")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.finished().get());
        robot.interact(() -> model.seek(midCurl(model.events(), model.runs().get(0).number())));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        assertTrue(Files.size(Shots.save(shot[0], "topology-generated-10")) > 10_000);
    }

    /** The first VXLAN frame sent in request {@code run}, else the middle frame sent after its first rewrite (or of all). */
    static int midCurl(List<TraceEvent> events, long run) {
        List<Integer> after = new ArrayList<>();
        List<Integer> any = new ArrayList<>();
        boolean rewritten = false;
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (PacketIds.requestOf(e.traceId()) != run) {
                continue;
            }
            rewritten |= PacketPicture.rewrite(e) != null && !e.at().device().equals("lo");
            if (e instanceof TraceEvent.FrameSent f && f.frame().packet() != null) {
                any.add(i);
            }
            if (e instanceof TraceEvent.FrameSent f && f.frame().packet() != null && rewritten) {
                if (f.frame().packet().payload() instanceof VxlanPayload) {
                    return i;
                }
                after.add(i);
            }
        }
        List<Integer> from = after.isEmpty() ? any : after;
        return from.get(from.size() / 2);
    }
}
