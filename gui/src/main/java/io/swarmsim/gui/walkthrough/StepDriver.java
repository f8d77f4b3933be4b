package io.swarmsim.gui.walkthrough;

import io.swarmsim.engine.session.RunRecord;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.Update;

/**
 * Puts the window where a step wants it: the step's experiment (re-opened only when the window
 * shows another one), the highlighted namespaces, and the cursor at the first event of the step's
 * run (before every event when the step has no run). A re-opened experiment arrives over several
 * frames, so what cannot be done yet is kept and finished by {@link #settle()}, which the view calls
 * whenever the cluster or the run index changes. Once a step is in place the learner is free:
 * stepping or playing is never undone.
 */
final class StepDriver {
    private final AppModel model;
    private Walkthrough walkthrough;
    private Step pending;

    StepDriver(AppModel model) {
        this.model = model;
    }

    /** Moves the window to {@code step} of {@code w}. */
    void go(Walkthrough w, Step step) {
        walkthrough = w;
        pending = step;
        model.pause();
        RunRequest r = model.request().get();
        if (r != null && !step.experiment().equals(shownExperiment(r))) {
            model.highlighted().clear();
            model.open(r.withExperiment(step.experiment()));
        }
        settle();
    }

    /** Whether a step is still waiting for its experiment's cluster or run. */
    boolean waiting() {
        return pending != null;
    }

    /** The experiment the window shows or is opening. */
    private String shownExperiment(RunRequest r) {
        Update.Loaded l = model.loaded().get();
        if (l != null && l.request().equals(r)) {
            return l.experiment();
        }
        return r.experiment().orElse(walkthrough.firstExperiment());
    }

    /** Finishes what the pending step could not do yet; does nothing while its experiment is still on its way. */
    void settle() {
        Update.Loaded l = model.loaded().get();
        if (pending == null || l == null || !l.experiment().equals(pending.experiment())) {
            return;
        }
        model.highlighted().clear();
        model.highlighted().addAll(new Places(l.desired(), l.cluster()).namespaces(pending.highlight()));
        if (pending.run().isEmpty()) {
            model.seek(-1);
            pending = null;
            return;
        }
        int n = pending.run().getAsInt();
        if (model.runs().size() >= n) {
            RunRecord run = model.runs().get(n - 1);
            if (!model.jumpToRun(run.number())) {
                model.seek(-1); // the command ran nowhere (its result says why): no event to show
            }
            pending = null;
        } else if (model.finished().get()) {
            pending = null;
        }
    }
}
