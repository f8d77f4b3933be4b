package io.swarmsim.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model without a window: the driver's queue, playback, stepping, snapshots, errors. */
class AppModelTest {
    static final Path VOTE = Path.of("../scenarios/vote.yaml");

    /** Ticks (as frames would) until {@code done} holds, at most a few seconds of wall time. */
    static void until(AppModel m, java.util.function.BooleanSupplier done) throws InterruptedException {
        long t = 0;
        for (int i = 0; i < 2000 && !done.getAsBoolean(); i++) {
            m.tick(t += 16_666_667L);
            Thread.sleep(2);
        }
        assertTrue(done.getAsBoolean(), "the model got there");
    }

    @Test
    void everyEventArrivesInOrderAndSteppingBackRestoresThePicture() throws Exception {
        try (SessionDriver d = new SessionDriver(4)) {
            AppModel m = new AppModel(d);
            m.open(RunRequest.of(VOTE).withExperiment("vip"));
            until(m, () -> m.finished().get());
            List<TraceEvent> direct = new ArrayList<>();
            Session s = Session.open(ScenarioLoader.load(VOTE), Optional.of("vip"), 1);
            s.subscribe(direct::add, TraceLevel.FULL);
            s.runAll();
            assertEquals(direct, m.events(), "the same events as the session gives, through a queue of 4");
            assertEquals(5, m.runs().size());
            assertEquals("vip", m.loaded().get().experiment());
            m.seek(100);
            List<TraceEvent> picture = List.copyOf(m.shown());
            for (int i = 0; i < 30; i++) {
                assertTrue(m.stepForward());
            }
            for (int i = 0; i < 30; i++) {
                assertTrue(m.stepBack());
            }
            assertEquals(picture, m.shown());
            assertTrue(m.jumpToRun(3));
            assertEquals(3, io.swarmsim.engine.net.PacketIds.requestOf(m.current().orElseThrow().traceId()));
        }
    }

    @Test
    void playingAdvancesAtTheChosenSpeed() throws Exception {
        try (SessionDriver d = new SessionDriver(16)) {
            AppModel m = new AppModel(d);
            m.open(RunRequest.of(VOTE).withExperiment("dnsrr"));
            until(m, () -> m.finished().get());
            m.speed().set(60);
            m.play();
            m.tick(0);
            m.tick(1_000_000_000L);
            assertEquals(59, m.cursor().get(), "60 events in one second, from -1");
            m.pause();
            m.tick(2_000_000_000L);
            assertEquals(59, m.cursor().get());
        }
    }

    @Test
    void theInspectedNamespaceFollowsTheCursor() throws Exception {
        try (SessionDriver d = new SessionDriver(16)) {
            AppModel m = new AppModel(d);
            m.open(RunRequest.of(VOTE).withExperiment("vip"));
            until(m, () -> m.finished().get());
            String client = m.loaded().get().desired().ofTask("client.1").orElseThrow().name();
            m.inspected().set(client);
            m.seek(m.events().size() - 1);
            until(m, () -> m.snapshot().get() != null && m.snapshot().get().time() == m.current().orElseThrow().time());
            long marked = m.snapshot().get().rules().stream().filter(r -> r.rule().contains("0x101")).findFirst().orElseThrow().packets();
            assertEquals(20, marked, "as iptables -nvL -t mangle prints after the experiment");
            m.seek(0);
            until(m, () -> m.snapshot().get() != null && m.snapshot().get().time() == m.events().get(0).time());
            assertTrue(m.snapshot().get().rules().stream().allMatch(r -> r.packets() <= 1), "counters go back with the cursor");
        }
    }

    @Test
    void aBadFileIsAMessageNotACrash(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "services:\n  web:\n    image: nginx\n    deploy:\n      replicas: many\n");
        try (SessionDriver d = new SessionDriver(16)) {
            AppModel m = new AppModel(d);
            m.open(RunRequest.of(bad));
            until(m, () -> !m.error().get().isEmpty());
            assertTrue(m.error().get().contains("bad.yaml:5:"), m.error().get());
            assertFalse(m.finished().get());
        }
    }
}
