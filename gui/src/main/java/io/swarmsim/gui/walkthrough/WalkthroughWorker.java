package io.swarmsim.gui.walkthrough;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.gui.model.ModeApplier;
import io.swarmsim.gui.model.RunRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The walkthrough's own work off the FX thread: loading and checking the walkthrough file (which
 * builds each experiment's cluster once) and printing a step's tool view, for which it opens its
 * own session of the same scenario, seed and modes and runs the experiment's first N commands. It
 * never touches the window's session, so the picture the learner is looking at is never disturbed.
 * One thread, started when there is work and ended after a few idle seconds; everything it keeps is
 * confined to that thread.
 */
final class WalkthroughWorker {
    /** A walkthrough, or why there is none: no file next to the scenario, or ({@code mistakes}) its located errors. */
    record Outcome(Optional<Walkthrough> walkthrough, String message, boolean mistakes) {
    }

    private record ShowKey(Path scenario, RunRequest.Modes modes, long seed, String experiment, OptionalInt run, Step.Show show) {
    }

    private record ScenarioKey(Path scenario, RunRequest.Modes modes) {
    }

    private final ExecutorService thread = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "swarmsim-walkthrough");
        t.setDaemon(true);
        return t;
    });
    private final Map<ShowKey, String> printed = new HashMap<>();
    private ScenarioKey scenarioKey;
    private Scenario scenario;

    /** Finds, reads and checks the walkthrough of {@code r}'s scenario, as {@code r}'s modes change it. */
    CompletableFuture<Outcome> load(RunRequest r) {
        return CompletableFuture.supplyAsync(() -> {
            scenarioKey = null; // read the files again: a teacher may have just edited them
            printed.clear();
            Path file = WalkthroughLoader.fileFor(r.scenario());
            if (!Files.exists(file)) {
                return new Outcome(Optional.empty(), "This scenario has no walkthrough. A teacher can write one in " + file
                        + " (scenarios/vote.walkthrough.yaml shows the format).", false);
            }
            try {
                return new Outcome(Optional.of(WalkthroughLoader.load(file, scenario(r), r.seed())), "", false);
            } catch (ScenarioException e) {
                return new Outcome(Optional.empty(), e.getMessage(), true);
            } catch (RuntimeException e) {
                return new Outcome(Optional.empty(), file + ": " + e.getMessage(), true);
            }
        }, thread);
    }

    /**
     * What {@code sim exec} prints for the step's tool view after the step's run (after every
     * command of the experiment when the step has no run), for {@code r}'s scenario, seed and modes.
     */
    CompletableFuture<String> show(RunRequest r, Step step) {
        Step.Show show = step.show().orElseThrow();
        ShowKey key = new ShowKey(r.scenario(), r.modes(), r.seed(), step.experiment(), step.run(), show);
        return CompletableFuture.supplyAsync(() -> printed.computeIfAbsent(key, k -> print(r, step, show)), thread);
    }

    private String print(RunRequest r, Step step, Step.Show show) {
        try {
            Scenario s = scenario(r);
            Optional<String> experiment = Optional.of(step.experiment()).filter(e -> s.experiment(e).isPresent());
            Session session = Session.open(s, experiment, r.seed());
            if (step.run().isPresent()) {
                for (int i = 0; i < step.run().getAsInt() && session.runNext().isPresent(); i++) {
                    // the first N command runs, as the window's session ran them
                }
            } else {
                session.runAll();
            }
            return session.exec(show.where(), show.command());
        } catch (ScenarioException | RuntimeException e) {
            return "(could not print " + show + ": " + e.getMessage() + ")";
        }
    }

    private Scenario scenario(RunRequest r) throws ScenarioException {
        ScenarioKey k = new ScenarioKey(r.scenario(), r.modes());
        if (!k.equals(scenarioKey)) {
            scenario = ModeApplier.apply(ScenarioLoader.load(r.scenario()), r.modes());
            scenarioKey = k;
        }
        return scenario;
    }
}
