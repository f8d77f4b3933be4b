package io.swarmsim.cli;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.report.EventJson;
import io.swarmsim.engine.report.TraceReport;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.TraceCollector;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.engine.trace.TraceListener;
import io.swarmsim.kernel.trace.TraceEvent;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sim trace <scenario> --experiment NAME [--request K|all] [--json] [--level full|summary]
 * [--max-events N] [--seed N]}: every hop of one request as text, or the events of one request (or
 * of the whole experiment) as JSON lines, streamed as they happen.
 */
final class TraceCli {
    static final String USAGE = "usage: sim trace <scenario> --experiment NAME [--request K|all] [--json] [--level full|summary]"
            + " [--max-events N] [--seed N]";
    /** How many JSON lines a trace prints before it says so and stops printing (the run goes on). */
    static final long DEFAULT_MAX_EVENTS = 1_000_000L;

    private TraceCli() {
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        ScenarioArgs a = ScenarioArgs.parse(args, List.of("--request", "--level", "--max-events"), List.of("--json"));
        if (!a.words().isEmpty() || !a.afterDashes().isEmpty()) {
            throw new UsageException(USAGE);
        }
        boolean json = a.flags().contains("--json");
        String request = a.values().getOrDefault("--request", "1");
        boolean all = request.equals("all");
        if (all && !json) {
            throw new UsageException("--request all prints JSON lines: add --json (the text form shows one request)");
        }
        long k = all ? 0 : number("--request", request, "the K-th command run of the experiment, or all");
        long maxEvents = number("--max-events", a.values().getOrDefault("--max-events", Long.toString(DEFAULT_MAX_EVENTS)), "a number of events");
        TraceLevel level = level(a.values().getOrDefault("--level", "full"));
        java.util.Optional<ScenarioArgs.Loaded> loaded = a.load(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        Scenario scenario = loaded.get().scenario();
        if (a.experiment().isEmpty() && !scenario.sim().experiments().isEmpty()) {
            throw new UsageException("sim trace needs --experiment NAME: which experiment's request to trace");
        }
        Experiment e = loaded.get().experiment();
        if (json) {
            return streamJson(scenario, e, loaded.get().seed(), all ? -1 : k, level, maxEvents, out, err);
        }
        TraceCollector collector = new TraceCollector(k);
        ExperimentRunner.Ran ran = ExperimentRunner.run(scenario, e, loaded.get().seed(), sim -> sim.subscribe(collector, level),
                TraceLevel.FULL);
        List<CommandRun> runs = ran.result().commands();
        if (k < 1 || k > ran.result().runs()) {
            return outOfRange(e, ran.result().runs(), err);
        }
        String title = "Request " + k + " of experiment " + e.name();
        if (k <= runs.size()) {
            CommandRun r = runs.get((int) k - 1);
            title += ": " + r.from() + " # " + r.command() + "\n  " + r.reason();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (DesiredState.Namespace ns : ran.simulation().desired().namespaces()) {
            labels.put(ns.name(), ns.kind() == DesiredState.Kind.CONTAINER ? ns.owner() : ns.name());
        }
        out.print(TraceReport.render(title, collector.events(), labels));
        return 0;
    }

    /** Prints each event (of request {@code k}, or every one when {@code k < 0}) as it happens; nothing is kept. */
    private static int streamJson(Scenario scenario, Experiment e, long seed, long k, TraceLevel level, long maxEvents,
                                  PrintStream out, PrintStream err) {
        long[] printed = {0};
        TraceListener printer = ev -> {
            if (k >= 0 && PacketIds.requestOf(ev.traceId()) != k) {
                return;
            }
            if (printed[0] < maxEvents) {
                out.print(EventJson.line(ev) + "\n");
            } else if (printed[0] == maxEvents) {
                err.println("sim trace: stopped printing after " + maxEvents + " events (--max-events " + maxEvents
                        + "); the run goes on to its end");
            }
            printed[0]++;
        };
        ExperimentRunner.Ran ran = ExperimentRunner.run(scenario, e, seed, sim -> sim.subscribe(printer, level), TraceLevel.NONE);
        long runs = ran.result().runs();
        if (k > runs || k == 0) {
            return outOfRange(e, runs, err);
        }
        return 0;
    }

    private static int outOfRange(Experiment e, long runs, PrintStream err) {
        err.println("sim trace: experiment " + e.name() + " ran " + runs + " request(s); choose --request 1.." + runs);
        return 2;
    }

    private static long number(String option, String value, String what) {
        try {
            long n = Long.parseLong(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ex) {
            // said below
        }
        throw new UsageException(option + " takes a number: " + what + ", not '" + value + "'");
    }

    private static TraceLevel level(String word) {
        if (!word.equals("full") && !word.equals("summary")) {
            throw new UsageException("--level takes full or summary, not '" + word + "'");
        }
        return TraceLevel.parse(word);
    }
}
