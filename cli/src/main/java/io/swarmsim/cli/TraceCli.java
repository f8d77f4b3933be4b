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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sim trace <scenario> --experiment NAME [--request K|all] [--json] [--level full|summary]
 * [--max-events N] [--seed N] [--stack NAME]}: every hop of one request as text, or the events of one request (or
 * of the whole experiment) as JSON lines, streamed as they happen.
 */
@Command(name = "trace", header = "every hop of one request, as text or JSON lines",
        customSynopsis = {"sim trace <scenario.yaml> --experiment NAME [--request K|all] [--json] [--level full|summary]",
            "                 [--max-events N] [--seed N] [--stack NAME]"},
        description = {"Every hop of one request (the K-th command run of the experiment); with --json its typed events as",
            "JSON lines (--request all: the whole experiment's), streamed as they happen."})
final class TraceCli implements Callable<Integer> {
    /** How many JSON lines a trace prints before it says so and stops printing (the run goes on). */
    static final long DEFAULT_MAX_EVENTS = 1_000_000L;
    private final Streams io;

    @Mixin
    private ScenarioOptions scenario;

    @Option(names = "--request", paramLabel = "K|all", defaultValue = "1",
            description = "which command run to trace (default 1), or all (with --json)")
    private String request;

    @Option(names = "--json", description = "print the typed events as JSON lines")
    private boolean json;

    @Option(names = "--level", paramLabel = "full|summary", defaultValue = "full",
            description = "summary leaves out frames, hooks entered, route lookups and FDB hops")
    private String levelWord;

    @Option(names = "--max-events", paramLabel = "N", description = "stop printing JSON lines after N events (default ${DEFAULT-VALUE})")
    private String maxEventsWord = Long.toString(DEFAULT_MAX_EVENTS);

    TraceCli(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream out = io.out();
        PrintStream err = io.err();
        boolean all = request.equals("all");
        if (all && !json) {
            throw new UsageException("--request all prints JSON lines: add --json (the text form shows one request)");
        }
        long k = all ? 0 : number("--request", request, "the K-th command run of the experiment, or all");
        long maxEvents = number("--max-events", maxEventsWord, "a number of events");
        TraceLevel level = level(levelWord);
        java.util.Optional<ScenarioOptions.Loaded> loaded = scenario.load(err, json ? out : null);
        if (loaded.isEmpty()) {
            return 2;
        }
        Scenario s = loaded.get().scenario();
        if (scenario.experiment().isEmpty() && !s.sim().experiments().isEmpty()) {
            throw new UsageException("sim trace needs --experiment NAME: which experiment's request to trace");
        }
        Experiment e = loaded.get().experiment();
        if (json) {
            return streamJson(s, e, loaded.get().seed(), all ? -1 : k, level, maxEvents, out, err);
        }
        TraceCollector collector = new TraceCollector(k);
        ExperimentRunner.Ran ran = ExperimentRunner.run(s, e, loaded.get().seed(), sim -> sim.subscribe(collector, level),
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
        err.println("sim trace: experiment " + e.name() + " ran " + runs + " request(s); choose --request 1.." + runs
                + (e.timeline().workloads().isEmpty() ? "" : " (its workloads' requests are not command runs: sim run reports each"
                + " with its reason, and sim trace --json --request all streams their events)"));
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
