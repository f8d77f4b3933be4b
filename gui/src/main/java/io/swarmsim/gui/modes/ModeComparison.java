package io.swarmsim.gui.modes;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.report.ExperimentResult;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.gui.model.ModeApplier;
import io.swarmsim.gui.model.RunRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Requests per task for one experiment under several modes, side by side: the modes shown now,
 * then the same run with each other client image (or each other Docker era). Each mode is a whole
 * fresh run of the experiment ({@link ExperimentRunner}, a summary trace), so this is slow work for
 * a background thread, never the FX thread. Pure: the same inputs give the same numbers.
 */
final class ModeComparison {
    /** What varies from one series to the next. */
    enum Dimension {
        CLIENT_IMAGE("client images"), ERA("Docker eras");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Which command runs count: a learner compares curl with ping to see the resolver's sort. */
    enum Counted {
        CURL("curl requests", "curl"), PING("ping requests", "ping"), ALL("all requests", "");

        private final String label;
        private final String prefix;

        Counted(String label, String prefix) {
            this.label = label;
            this.prefix = prefix;
        }

        boolean counts(CommandRun r) {
            return r.command().startsWith(prefix);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One bar group's worth: the mode's name and the number of requests each serving task got. */
    record Series(String name, RunRequest.Modes modes, Map<String, Integer> perTask) {
    }

    private ModeComparison() {
    }

    /**
     * The series for {@code experiment} of {@code scenario} (as loaded, before modes): first the
     * modes {@code now}, then one per other value of {@code dim}.
     */
    static List<Series> compute(Scenario scenario, String experiment, long seed, RunRequest.Modes now, Dimension dim, Counted counted) {
        Experiment e = scenario.experiment(experiment).orElseThrow(() -> new IllegalArgumentException(
                "the scenario has no experiment '" + experiment + "' to compare"));
        List<Series> out = new ArrayList<>();
        out.add(series("now: " + describe(scenario, now), scenario, e, seed, now, counted));
        String current = dim == Dimension.ERA ? era(scenario, now) : image(scenario, now);
        List<ModeChoice> others = dim == Dimension.ERA ? ModeChoice.eras() : ModeChoice.images();
        for (ModeChoice c : others) {
            if (c.value().isEmpty() || c.value().get().equals(current)) {
                continue;
            }
            RunRequest.Modes m = dim == Dimension.ERA ? new RunRequest.Modes(c.value(), now.clientImage())
                    : new RunRequest.Modes(now.era(), c.value());
            out.add(series(dim == Dimension.ERA ? "Docker " + c.value().get() : c.value().get(), scenario, e, seed, m, counted));
        }
        return out;
    }

    private static Series series(String name, Scenario scenario, Experiment e, long seed, RunRequest.Modes m, Counted counted) {
        Scenario s = ModeApplier.apply(scenario, m);
        Experiment moded = s.experiment(e.name()).orElse(e);
        ExperimentResult r = ExperimentRunner.run(s, moded, seed, sim -> { }, TraceLevel.SUMMARY).result();
        Map<String, Integer> per = new LinkedHashMap<>();
        r.distribution().keySet().forEach(t -> per.put(t, 0));
        for (CommandRun c : r.commands()) {
            if (c.servedBy() != null && counted.counts(c)) {
                per.merge(c.servedBy(), 1, Integer::sum);
            }
        }
        return new Series(name, m, per);
    }

    /** "alpine, Docker 1.12": the client image and era a run uses. */
    static String describe(Scenario scenario, RunRequest.Modes m) {
        return image(scenario, m) + ", Docker " + era(scenario, m);
    }

    private static String era(Scenario s, RunRequest.Modes m) {
        return m.era().orElse(s.sim().dockerVersion());
    }

    private static String image(Scenario s, RunRequest.Modes m) {
        if (m.clientImage().isPresent()) {
            return m.clientImage().get();
        }
        Optional<String> first = ModeApplier.clientServices(s).stream().findFirst();
        return first.flatMap(s::service).map(io.swarmsim.engine.scenario.Service::image).orElse("(no client)");
    }
}
