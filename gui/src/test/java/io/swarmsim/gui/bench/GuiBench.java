package io.swarmsim.gui.bench;

import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.gui.Launcher;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import io.swarmsim.gui.model.Update;
import io.swarmsim.gui.topology.Mark;
import io.swarmsim.gui.topology.PacketPicture;
import io.swarmsim.gui.topology.TopologyLayout;
import io.swarmsim.gui.topology.TopologyView;
import io.swarmsim.kernel.trace.TraceEvent;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The GUI's headless benchmark (not a test: it measures, it asserts nothing). Run it with
 * {@code bench/gui-bench.sh}, under Monocle's headless glass and prism's software pipeline.
 * <ol>
 * <li>(b) Launch: {@link Launcher#main} with {@code scenarios/vote.yaml}, exactly what
 * {@code ./sim gui} runs, timed from the JVM's start and from {@code main} to the first pulse whose
 * layout pass holds the topology (the pulse that renders it).</li>
 * <li>(a) Frames with 1,000 packets in flight in a 1000x700 topology view: the picture's computation
 * alone; a render alone ({@code Scene.snapshot}: CSS, layout and a software render of the whole
 * scene into an image, on the FX thread); a cursor step plus that render (the picture recomputed from
 * the events, the mark nodes synced, the step's animation started); and the interval between real
 * pulses while an animation timer steps the cursor every frame.</li>
 * </ol>
 * With {@code -Dbench.skipLaunch=true} only (a) runs.
 */
public final class GuiBench {
    static final Path VOTE = Path.of("scenarios/vote.yaml");
    static final int IN_FLIGHT = 1000;
    static final int WARMUP = 60;
    static final int FRAMES = 300;

    private GuiBench() {
    }

    public static void main(String[] args) throws Exception {
        long mainNs = System.nanoTime();
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainWallMs = System.currentTimeMillis();
        Platform.setImplicitExit(false);
        System.out.printf(Locale.ROOT, "gui-bench: Java %s, JavaFX %s, prism.order=%s, glass.platform=%s, %d CPUs%n",
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "21.0.11"),
                System.getProperty("prism.order"), System.getProperty("glass.platform"), Runtime.getRuntime().availableProcessors());
        if (!Boolean.getBoolean("bench.skipLaunch")) {
            launch(mainNs, jvmStartMs, mainWallMs);
        } else {
            Platform.startup(() -> { });
        }
        frames();
        System.out.flush();
        // not Platform.exit(): it would stop the renderer under a pulse still running; nothing here needs a clean toolkit shutdown
        System.exit(0);
    }

    /** (b): the real application, started as {@code ./sim gui scenarios/vote.yaml} starts it. */
    private static void launch(long mainNs, long jvmStartMs, long mainWallMs) throws Exception {
        Thread app = new Thread(() -> Launcher.main(new String[] {VOTE.toString()}), "bench-app");
        app.setDaemon(true);
        app.start();
        CountDownLatch shown = new CountDownLatch(1);
        AtomicLong shownNs = new AtomicLong();
        AtomicLong shownWallMs = new AtomicLong();
        AtomicBoolean hooked = new AtomicBoolean();
        while (shown.getCount() > 0 && !hooked.get()) {
            Thread.sleep(1);
            try {
                Platform.runLater(() -> {
                    for (Window w : Window.getWindows()) {
                        Scene scene = w.getScene();
                        if (scene != null && !hooked.getAndSet(true)) {
                            scene.addPostLayoutPulseListener(() -> {
                                if (shown.getCount() > 0 && scene.lookup("#TopologyView") instanceof TopologyView v && v.topology() != null) {
                                    shownNs.set(System.nanoTime());
                                    shownWallMs.set(System.currentTimeMillis());
                                    shown.countDown();
                                }
                            });
                        }
                    }
                });
            } catch (IllegalStateException toolkitNotYetUp) {
                // the launcher thread is still starting JavaFX
            }
        }
        if (!shown.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the topology never showed");
        }
        System.out.printf(Locale.ROOT, "(b) launch -> topology shown (Launcher.main %s, first pulse whose layout holds the laid-out topology):%n", VOTE);
        System.out.printf(Locale.ROOT, "    from JVM start %d ms; from main() %.0f ms%n", shownWallMs.get() - jvmStartMs, (shownNs.get() - mainNs) / 1e6);
        onFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                w.hide();
            }
            return null;
        });
    }

    /** (a): 1,000 frames in flight in a topology view of its own. */
    private static void frames() throws Exception {
        Session s = Session.open(ScenarioLoader.load(VOTE), Optional.of("vip"), 1);
        List<TraceEvent> real = new ArrayList<>();
        s.subscribe(real::add, TraceLevel.FULL);
        s.runAll();
        SessionDriver driver = new SessionDriver(1);
        AppModel model = new AppModel(driver);
        Scene scene = onFx(() -> {
            TopologyView view = new TopologyView(model);
            Scene sc = new Scene(view, 1000, 700);
            Stage stage = new Stage();
            stage.setScene(sc);
            stage.show();
            model.loaded().set(new Update.Loaded(RunRequest.of(VOTE).withExperiment("vip"), List.of("vip"), "vip", "", s.cluster(),
                    s.desired(), List.of()));
            return sc;
        });
        TopologyView view = (TopologyView) scene.getRoot();
        TopologyLayout layout = view.topology();
        List<TraceEvent> events = InFlight.events(real, layout, IN_FLIGHT);
        int a = IN_FLIGHT;
        long[] shown = onFx(() -> {
            model.events().setAll(events);
            model.seek(a + 1);
            long n = view.marks().stream().filter(m -> m.kind() == Mark.Kind.WIRE).count();
            long all = view.marks().size();
            model.seek(a);
            return new long[] {n, all};
        });
        System.out.printf(Locale.ROOT, "(a) %d frames in flight (%d marks on show) over %d links, topology view 1000x700, %d frames after %d warm-up:%n",
                shown[0], shown[1], InFlight.links(events), FRAMES, WARMUP);

        Stats picture = onFx(() -> time(i -> PacketPicture.at(events, a + (i & 1), layout)));
        System.out.println("    picture only (PacketPicture.at):                 " + picture);
        WritableImage img = new WritableImage(1000, 700);
        Stats render = onFx(() -> time(i -> scene.snapshot(img)));
        System.out.println("    render only (Scene.snapshot: CSS+layout+sw render): " + render);
        Stats step = onFx(() -> time(i -> {
            if ((i & 1) == 0) {
                model.stepForward();
            } else {
                model.stepBack();
            }
            scene.snapshot(img);
        }));
        System.out.println("    cursor step + render:                            " + step);
        Stats pulses = pulses(model);
        System.out.printf(Locale.ROOT, "    real pulses, cursor stepped every pulse:         %s, %.1f frames/s at the median%n", pulses,
                1000 / pulses.medianMs());
        driver.close();
    }

    private interface Frame {
        void run(int i) throws Exception;
    }

    private static Stats time(Frame f) throws Exception {
        long[] t = new long[FRAMES];
        for (int i = 0; i < WARMUP + FRAMES; i++) {
            long t0 = System.nanoTime();
            f.run(i);
            long t1 = System.nanoTime();
            if (i >= WARMUP) {
                t[i - WARMUP] = t1 - t0;
            }
        }
        return new Stats(t);
    }

    /** Intervals between the animation timer's pulses while it moves the cursor by one each pulse. */
    private static Stats pulses(AppModel model) throws Exception {
        long[] t = new long[FRAMES];
        CountDownLatch done = new CountDownLatch(1);
        AnimationTimer timer = new AnimationTimer() {
            private int i;
            private long last = -1;

            @Override
            public void handle(long now) {
                long wall = System.nanoTime();
                if (last >= 0 && i >= WARMUP && i - WARMUP < FRAMES) {
                    t[i - WARMUP] = wall - last;
                }
                last = wall;
                if ((i & 1) == 0) {
                    model.stepForward();
                } else {
                    model.stepBack();
                }
                if (++i > WARMUP + FRAMES) {
                    stop();
                    done.countDown();
                }
            }
        };
        onFx(() -> {
            timer.start();
            return null;
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the pulses stopped");
        }
        return new Stats(t);
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }
}
