package io.swarmsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options the scenario commands share: a scenario file, {@code --experiment NAME},
 * {@code --seed N}, plus command-specific flags and positional words; everything after {@code --}
 * is kept apart.
 */
record ScenarioArgs(String file, Optional<String> experiment, Optional<Long> seed, List<String> flags, List<String> words,
                    List<String> afterDashes, java.util.Map<String, String> values) {

    /** A loaded scenario, the experiment the options name, and the seed to use. */
    record Loaded(io.swarmsim.engine.scenario.Scenario scenario, io.swarmsim.engine.scenario.Experiment experiment, long seed) {
    }

    /**
     * Loads the scenario and finds the experiment ({@code --experiment}, or the first); on a bad
     * file or name prints the located errors on {@code err} and returns empty.
     */
    Optional<Loaded> load(java.io.PrintStream err) {
        io.swarmsim.engine.scenario.Scenario s;
        try {
            s = io.swarmsim.engine.scenario.ScenarioLoader.load(java.nio.file.Path.of(file));
            io.swarmsim.engine.sim.ScenarioChecks.check(s);
        } catch (io.swarmsim.engine.scenario.ScenarioException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(new Loaded(s, io.swarmsim.engine.sim.ExperimentRunner.find(s, experiment), seed.orElse(s.sim().seed())));
        } catch (IllegalArgumentException e) {
            err.println("sim: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** @param valued the options (besides --experiment and --seed) that take a value */
    static ScenarioArgs parse(String[] args, List<String> valued, List<String> booleans) {
        String file = null;
        Optional<String> exp = Optional.empty();
        Optional<Long> seed = Optional.empty();
        List<String> flags = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> after = new ArrayList<>();
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                after.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (a.equals("--experiment") || a.equals("--seed") || valued.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(a + " needs a value");
                }
                String v = args[++i];
                if (a.equals("--experiment")) {
                    exp = Optional.of(v);
                } else if (a.equals("--seed")) {
                    try {
                        seed = Optional.of(Long.parseLong(v));
                    } catch (NumberFormatException e) {
                        throw new UsageException("--seed takes an integer, not '" + v + "'");
                    }
                } else {
                    values.put(a, v);
                }
            } else if (booleans.contains(a)) {
                flags.add(a);
            } else if (a.startsWith("--")) {
                List<String> all = new ArrayList<>(List.of("--experiment NAME", "--seed N"));
                valued.forEach(v -> all.add(v + " VALUE"));
                all.addAll(booleans);
                throw new UsageException("unknown option " + a + "; expected " + String.join(", ", all));
            } else if (file == null) {
                file = a;
            } else {
                words.add(a);
            }
        }
        if (file == null) {
            throw new UsageException("a scenario file is needed, e.g. scenarios/vote.yaml");
        }
        return new ScenarioArgs(file, exp, seed, flags, words, after, values);
    }
}
