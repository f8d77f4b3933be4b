package io.swarmsim.cli;

import io.swarmsim.engine.report.JsonReport;
import io.swarmsim.engine.report.RunResult;
import io.swarmsim.engine.report.TextReport;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.trace.TraceLevel;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code sim run <scenario> [--experiment NAME] [--seed N] [--json] [--trace none|summary|full]}. */
final class RunCommand {
    private RunCommand() {
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        ScenarioArgs a = ScenarioArgs.parse(args, List.of("--trace"), List.of("--json"));
        if (!a.words().isEmpty() || !a.afterDashes().isEmpty()) {
            throw new UsageException("one scenario file at a time: sim run <scenario> [--experiment NAME] [--seed N] [--json] [--trace none|summary|full]");
        }
        TraceLevel level;
        try {
            level = TraceLevel.parse(a.values().getOrDefault("--trace", "full"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Optional<ScenarioArgs.Loaded> loaded = a.load(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        RunResult result;
        try {
            result = ExperimentRunner.run(loaded.get().scenario(), a.experiment(), loaded.get().seed(), level);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return 2;
        }
        out.print(a.flags().contains("--json") ? JsonReport.render(result) : TextReport.render(result));
        return 0;
    }
}
