package io.swarmsim.cli;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.report.TraceReport;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.TraceCollector;
import io.swarmsim.engine.trace.TraceLevel;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code sim trace <scenario> --experiment NAME [--request K] [--seed N]}: every hop of one request. */
final class TraceCli {
    private TraceCli() {
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        ScenarioArgs a = ScenarioArgs.parse(args, List.of("--request"), List.of());
        if (!a.words().isEmpty() || !a.afterDashes().isEmpty()) {
            throw new UsageException("usage: sim trace <scenario> --experiment NAME [--request K] [--seed N]");
        }
        int k;
        try {
            k = Integer.parseInt(a.values().getOrDefault("--request", "1"));
        } catch (NumberFormatException e) {
            throw new UsageException("--request takes a number: the K-th command run of the experiment");
        }
        java.util.Optional<ScenarioArgs.Loaded> loaded = a.load(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        Scenario scenario = loaded.get().scenario();
        if (a.experiment().isEmpty() && !scenario.sim().experiments().isEmpty()) {
            throw new UsageException("sim trace needs --experiment NAME: which experiment's request to trace");
        }
        Experiment e = loaded.get().experiment();
        TraceCollector collector = new TraceCollector(k);
        ExperimentRunner.Ran ran = ExperimentRunner.run(scenario, e, loaded.get().seed(),
                sim -> sim.subscribe(collector, TraceLevel.FULL), TraceLevel.FULL);
        List<CommandRun> runs = ran.result().commands();
        if (k < 1 || k > runs.size()) {
            err.println("sim trace: experiment " + e.name() + " ran " + runs.size() + " request(s); choose --request 1.." + runs.size());
            return 2;
        }
        CommandRun r = runs.get(k - 1);
        Map<String, String> labels = new LinkedHashMap<>();
        for (DesiredState.Namespace ns : ran.simulation().desired().namespaces()) {
            labels.put(ns.name(), ns.kind() == DesiredState.Kind.CONTAINER ? ns.owner() : ns.name());
        }
        out.print(TraceReport.render("Request " + k + " of experiment " + e.name() + ": " + r.from() + " # " + r.command()
                + "\n  " + r.reason(), collector.events(), labels));
        return 0;
    }
}
