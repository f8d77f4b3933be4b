package io.swarmsim.cli;

import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.report.JsonError;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.ExperimentRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the scenario commands share: the scenario file, {@code --experiment NAME}, {@code --seed N} and {@code --stack NAME}. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "<scenario.yaml>", description = "a Docker stack file with x-sim extensions")
    private String file;

    @Option(names = "--experiment", paramLabel = "NAME", description = "the experiment to run (default: every one, or the first where one is needed)")
    private String experiment;

    @Option(names = "--seed", paramLabel = "N",
            description = "change the random seed (DNS shuffles, IDs, ports); the same seed gives byte-identical output")
    private Long seed;

    @Option(names = "--stack", paramLabel = "NAME",
            description = "deploy as docker stack deploy -c FILE NAME would: services and networks named NAME_<key>,"
                    + " NAME_default for services without networks (default: the file's base name, unless x-sim.deployed_with"
                    + " is service-create)")
    private String stack;

    /** A loaded scenario, the experiment the options name, and the seed to use. */
    record Loaded(Scenario scenario, Experiment experiment, long seed) {
    }

    String file() {
        return file;
    }

    Optional<String> experiment() {
        return Optional.ofNullable(experiment);
    }

    /**
     * Loads the scenario and finds the experiment ({@code --experiment}, or the first); on a bad
     * file or name prints the located errors on {@code err} and returns empty.
     */
    /** The options of a command given only {@code file} (what the fuzzer loads as every command does). */
    static ScenarioOptions forFile(String file) {
        ScenarioOptions o = new ScenarioOptions();
        o.file = file;
        return o;
    }

    Optional<Loaded> load(PrintStream err) {
        return load(err, null);
    }

    /** As {@link #load(PrintStream)}; with {@code json} not null, each refusal is also printed there as JSON ({@code JsonError}). */
    Optional<Loaded> load(PrintStream err, PrintStream json) {
        Scenario s;
        try {
            s = ScenarioLoader.load(Path.of(file), System.getenv(), Optional.ofNullable(stack));
            io.swarmsim.engine.sim.ScenarioChecks.check(s);
        } catch (ScenarioException e) {
            refused(e, err, json);
            return Optional.empty();
        }
        try {
            return Optional.of(new Loaded(s, ExperimentRunner.find(s, experiment()), seed == null ? s.sim().seed() : seed));
        } catch (IllegalArgumentException e) {
            err.println("sim: " + e.getMessage());
            if (json != null) {
                json.print(JsonError.of(2, "experiment", e.getMessage()));
            }
            return Optional.empty();
        }
    }

    /** A refused scenario: its located errors on {@code err}, and as JSON on {@code json} unless null. */
    static void refused(ScenarioException e, PrintStream err, PrintStream json) {
        err.println(e.getMessage());
        if (json != null) {
            json.print(JsonError.of(e));
        }
    }
}
