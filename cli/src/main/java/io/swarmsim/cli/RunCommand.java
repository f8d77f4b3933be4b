package io.swarmsim.cli;

import io.swarmsim.engine.report.JsonReport;
import io.swarmsim.engine.report.RunResult;
import io.swarmsim.engine.report.TextReport;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.trace.TraceLevel;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sim run <scenario> [--experiment NAME] [--seed N] [--stack NAME] [--json] [--trace none|summary|full] [--max-runs N]}. */
@Command(name = "run", header = "simulate the experiments; print what the tools print, and why",
        customSynopsis = "sim run <scenario.yaml> [--experiment NAME] [--seed N] [--stack NAME] [--json] [--trace none|summary|full] [--max-runs N]",
        description = {"Simulate every experiment of the scenario (or only NAME) and print what dig, ping and curl print inside the",
            "containers, the requests per task, and why each client picked the address it used."})
final class RunCommand implements Callable<Integer> {
    private final Streams io;

    @Mixin
    private ScenarioOptions scenario;

    @Option(names = "--json", description = "print the same as JSON")
    private boolean json;

    @Option(names = "--trace", paramLabel = "none|summary|full", defaultValue = "full",
            description = {"full (default): explain every run; summary: outputs and client reasons;",
                "none: counters and the distribution only (for million-request runs)"})
    private String trace;

    @Option(names = "--max-runs", paramLabel = "N",
            description = "print at most N command runs per experiment (default ${DEFAULT-VALUE}); the rest are counted, not kept")
    private String maxRuns = Integer.toString(ExperimentRunner.DEFAULT_MAX_KEPT_RUNS);

    RunCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        TraceLevel level;
        try {
            level = TraceLevel.parse(trace);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int kept = maxRuns(maxRuns);
        Optional<ScenarioOptions.Loaded> loaded = scenario.load(io.err(), json ? io.out() : null);
        if (loaded.isEmpty()) {
            return 2;
        }
        RunResult result;
        try {
            result = ExperimentRunner.run(loaded.get().scenario(), scenario.experiment(), loaded.get().seed(), level, kept);
        } catch (ScenarioException e) {
            ScenarioOptions.refused(e, io.err(), json ? io.out() : null);
            return 2;
        }
        io.out().print(json ? JsonReport.render(result) : TextReport.render(result));
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
