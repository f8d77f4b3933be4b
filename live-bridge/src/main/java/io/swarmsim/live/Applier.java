package io.swarmsim.live;

/**
 * Runs an apply plan step by step, every command's exit status checked: the first failure stops
 * the apply with the step, the command and its stderr in the message (the caller then tears down).
 */
final class Applier {
    private Applier() {
    }

    static void apply(ApplyPlan plan, CommandRunner runner, Progress progress) {
        int i = 0;
        int total = plan.steps().size();
        for (Step step : plan.steps()) {
            progress.on(new StepEvent("apply", ++i, total, step.phase(), step.detail()));
            for (Cmd c : step.commands()) {
                CmdResult r = runner.run(c);
                if (!r.ok()) {
                    throw new LiveException("apply failed at step " + i + "/" + total + " (" + step.phase() + ": " + step.detail()
                            + "): " + r.failure());
                }
            }
        }
    }
}
