package io.swarmsim.cli;

import io.swarmsim.engine.report.JsonReport;
import io.swarmsim.engine.report.RunResult;
import io.swarmsim.engine.report.TextReport;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.ExperimentRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** {@code sim run <scenario> [--experiment NAME] [--seed N] [--json]}. */
final class RunCommand {
    private RunCommand() {
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        Optional<String> experiment = Optional.empty();
        Long seed = null;
        boolean json = false;
        io.swarmsim.engine.sim.TraceLevel level = io.swarmsim.engine.sim.TraceLevel.FULL;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--seed" -> seed = number(value(args, ++i, "--seed"));
                case "--experiment" -> experiment = Optional.of(value(args, ++i, "--experiment"));
                case "--trace" -> {
                    try {
                        level = io.swarmsim.engine.sim.TraceLevel.parse(value(args, ++i, "--trace"));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new UsageException("unknown option " + args[i] + "; expected --experiment NAME, --seed N, --trace none|summary|full or --json");
                    }
                    if (file != null) {
                        throw new UsageException("one scenario file at a time, got " + file + " and " + args[i]);
                    }
                    file = args[i];
                }
            }
        }
        if (file == null) {
            throw new UsageException("run needs a scenario file: sim run scenarios/vote.yaml");
        }
        RunResult result;
        try {
            Scenario scenario = ScenarioLoader.load(Path.of(file));
            if (experiment.isPresent() && scenario.experiment(experiment.get()).isEmpty()) {
                err.println("sim: no experiment named '" + experiment.get() + "' in " + file + "; it has: "
                        + String.join(", ", scenario.sim().experiments().stream().map(e -> e.name()).toList()));
                return 2;
            }
            result = ExperimentRunner.run(scenario, experiment, seed != null ? seed : scenario.sim().seed(), level);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return 2;
        }
        out.print(json ? JsonReport.render(result) : TextReport.render(result));
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed takes an integer, not '" + s + "'");
        }
    }
}
