package io.swarmsim.gui.walkthrough;

import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Nearest;
import io.swarmsim.engine.scenario.Reading;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.session.Session;
import io.swarmsim.engine.sim.ExperimentRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks drafts against the scenario they walk through: each step's experiment exists (a step
 * without one continues the previous step's), its run is one of that experiment's command runs,
 * every highlighted name is something the experiment's cluster has, and every tool view can be
 * printed there. The clusters are built (not run) once per experiment, so a typo in a name is
 * reported at its line when the file is loaded, not discovered by a learner halfway through.
 */
final class StepChecker {
    private final Scenario scenario;
    private final Reading reading;
    private final long seed;
    private final Map<String, Optional<Session>> built = new HashMap<>();

    StepChecker(Scenario scenario, Reading reading, long seed) {
        this.scenario = scenario;
        this.reading = reading;
        this.seed = seed;
    }

    /** The experiment a run opens when it names none. */
    String firstExperiment() {
        return ExperimentRunner.find(scenario, Optional.empty()).name();
    }

    List<Step> check(List<StepReader.Draft> drafts) {
        List<Step> out = new ArrayList<>();
        String current = firstExperiment();
        for (StepReader.Draft d : drafts) {
            Optional<String> experiment = d.experiment().isPresent() ? experiment(d.experiment().get(), d.path()) : Optional.of(current);
            if (experiment.isEmpty()) {
                continue;
            }
            current = experiment.get();
            String exp = current;
            List<CommandSpec> plan = plan(exp);
            OptionalInt run = d.run().map(r -> run(r, d.path() + ".run", exp, plan)).orElse(OptionalInt.empty());
            Optional<String> command = run.isPresent() ? Optional.of(plan.get(run.getAsInt() - 1)).map(c -> c.from() + " # " + c.run())
                    : Optional.empty();
            boolean placesOk = highlights(d, current);
            Optional<Step.Show> show = d.show().flatMap(s -> show(s, d.path() + ".show", experiment.get()));
            boolean complete = d.title().isPresent() && d.text().isPresent() && placesOk
                    && (d.run().isEmpty() || run.isPresent()) && (d.show().isEmpty() || show.isPresent());
            if (complete) {
                out.add(new Step(d.title().get(), d.text().get().strip(), current, run, command,
                        d.highlight().stream().map(Written::value).toList(), show, d.location()));
            }
        }
        return out;
    }

    private Optional<String> experiment(Written<String> w, String path) {
        if (scenario.experiment(w.value()).isPresent() || w.value().equals(firstExperiment())) {
            return Optional.of(w.value());
        }
        List<String> names = scenario.sim().experiments().stream().map(Experiment::name).toList();
        reading.error(w.location(), path + ".experiment is '" + w.value() + "', which the scenario does not have"
                + hint(w.value(), names, "experiments"));
        return Optional.empty();
    }

    /** The experiment called {@code name}; the stack as written when the scenario has no experiments. */
    private Experiment named(String name) {
        return scenario.experiment(name).orElseGet(() -> ExperimentRunner.find(scenario, Optional.empty()));
    }

    /** The experiment's command runs in the order a session runs them (each command's {@code times} counted out). */
    private List<CommandSpec> plan(String experiment) {
        List<CommandSpec> plan = new ArrayList<>();
        named(experiment).commands().forEach(c -> {
            for (int i = 0; i < c.times(); i++) {
                plan.add(c);
            }
        });
        return plan;
    }

    private OptionalInt run(Written<StepReader.RunRef> w, String path, String experiment, List<CommandSpec> plan) {
        if (plan.isEmpty()) {
            reading.error(w.location(), path + ": experiment " + experiment + " runs no command; expected no 'run' in this step");
            return OptionalInt.empty();
        }
        StepReader.RunRef r = w.value();
        if (r.number() > 0) {
            if (r.number() <= plan.size()) {
                return OptionalInt.of(r.number());
            }
            reading.error(w.location(), path + " is " + r.number() + ", but experiment " + experiment + " runs " + plan.size()
                    + " command" + (plan.size() == 1 ? "" : "s") + "; expected 1 to " + plan.size());
            return OptionalInt.empty();
        }
        int hash = r.text().indexOf(" # ");
        String from = hash > 0 ? r.text().substring(0, hash).strip() : null;
        String text = hash > 0 ? r.text().substring(hash + 3).strip() : r.text();
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).run().strip().equals(text) && (from == null || plan.get(i).from().equals(from))) {
                return OptionalInt.of(i + 1);
            }
        }
        LinkedHashSet<String> commands = new LinkedHashSet<>();
        plan.forEach(c -> commands.add(from == null ? c.run() : c.from() + " # " + c.run()));
        String expected = "; expected a run number from 1 to " + plan.size() + " or one of its commands: '"
                + String.join("', '", commands) + "'";
        reading.error(w.location(), path + " '" + r.text() + "' is not a command of experiment " + experiment
                + Nearest.to(r.text(), commands).map(n -> "; did you mean '" + n + "'?").orElse(expected));
        return OptionalInt.empty();
    }

    private boolean highlights(StepReader.Draft d, String experiment) {
        Optional<Session> s = session(experiment, d);
        if (s.isEmpty()) {
            return false;
        }
        Places places = new Places(s.get().desired(), s.get().cluster());
        boolean ok = true;
        for (int i = 0; i < d.highlight().size(); i++) {
            Written<String> w = d.highlight().get(i);
            if (places.namespaces(w.value()).isEmpty()) {
                reading.error(w.location(), d.path() + ".highlight '" + w.value() + "' names nothing in experiment " + experiment
                        + hint(w.value(), places.known(), "names (tasks, services, nodes, sandboxes)"));
                ok = false;
            }
        }
        return ok;
    }

    private Optional<Step.Show> show(Written<String> w, String path, String experiment) {
        String[] parts = w.value().split("\\s+", 2);
        Step.Show show = new Step.Show(parts[0], parts[1].strip());
        Optional<Session> s = session(experiment, null);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            s.get().exec(show.where(), show.command());
            return Optional.of(show);
        } catch (IllegalArgumentException e) {
            reading.error(w.location(), path + " '" + w.value() + "': " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The experiment's cluster, built once (nothing is run); empty, with an error, if it cannot be built. */
    private Optional<Session> session(String experiment, StepReader.Draft at) {
        return built.computeIfAbsent(experiment, e -> {
            try {
                return Optional.of(Session.open(scenario, Optional.of(named(e).name()).filter(n -> scenario.experiment(n).isPresent()), seed));
            } catch (RuntimeException ex) {
                if (at != null) {
                    reading.error(at.location(), at.path() + ": experiment " + e + " could not be built (" + ex.getMessage() + ")");
                }
                return Optional.empty();
            }
        });
    }

    /** "; did you mean 'x'?" for a plausible typo, else "; expected one of: a, b, c". */
    static String hint(String written, List<String> valid, String what) {
        return Nearest.to(written, valid).map(n -> "; did you mean '" + n + "'?")
                .orElse("; expected one of the " + what + ": " + String.join(", ", valid));
    }
}
