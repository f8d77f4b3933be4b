package io.swarmsim.cli;

import io.swarmsim.engine.exec.ExecCommand;
import io.swarmsim.engine.exec.ExecResult;
import io.swarmsim.engine.exec.ExecTarget;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.Simulation;
import java.io.PrintStream;
import java.util.List;

/** {@code sim exec <scenario> [--experiment NAME] [--seed N] <where> -- <command ...>}. */
final class ExecCli {
    private ExecCli() {
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        ScenarioArgs a = ScenarioArgs.parse(args, List.of(), List.of());
        if (a.words().size() != 1 || a.afterDashes().isEmpty()) {
            throw new UsageException("usage: sim exec <scenario> [--experiment NAME] [--seed N] <task|container|node|node:sandbox> -- <command ...>");
        }
        java.util.Optional<ScenarioArgs.Loaded> loaded = a.load(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        Scenario scenario = loaded.get().scenario();
        Experiment e = loaded.get().experiment();
        Simulation sim = ExperimentRunner.run(scenario, e, loaded.get().seed()).simulation();
        ExecTarget target;
        try {
            target = ExecTarget.resolve(sim, a.words().get(0));
        } catch (IllegalArgumentException ex) {
            err.println("sim exec: " + ex.getMessage());
            return 2;
        }
        ExecResult r = ExecCommand.run(sim, target, a.afterDashes());
        out.print(r.out());
        err.print(r.err());
        return r.status();
    }
}
