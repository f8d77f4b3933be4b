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
        ScenarioArgs a = ScenarioArgs.parse(args, List.of("--trace", "--max-runs"), List.of("--json"));
        if (!a.words().isEmpty() || !a.afterDashes().isEmpty()) {
            throw new UsageException("one scenario file at a time: sim run <scenario> [--experiment NAME] [--seed N] [--json] [--trace none|summary|full]"
                    + " [--max-runs N]");
        }
        TraceLevel level;
        try {
            level = TraceLevel.parse(a.values().getOrDefault("--trace", "full"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int maxRuns = maxRuns(a.values().getOrDefault("--max-runs", Integer.toString(ExperimentRunner.DEFAULT_MAX_KEPT_RUNS)));
        Optional<ScenarioArgs.Loaded> loaded = a.load(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        RunResult result;
        try {
            result = ExperimentRunner.run(loaded.get().scenario(), a.experiment(), loaded.get().seed(), level, maxRuns);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return 2;
        }
        out.print(a.flags().contains("--json") ? JsonReport.render(result) : TextReport.render(result));
        return 0;
    }

    private static int maxRuns(String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--max-runs takes a number of command runs to print per experiment, not '" + v + "'");
    }
}
