package io.swarmsim.cli;

import io.swarmsim.engine.session.Session;
import io.swarmsim.live.Cleaner;
import io.swarmsim.live.IptablesBackend;
import io.swarmsim.live.LiveException;
import io.swarmsim.live.LiveLock;
import io.swarmsim.live.LiveOptions;
import io.swarmsim.live.LiveReport;
import io.swarmsim.live.LiveReportJson;
import io.swarmsim.live.LiveRun;
import io.swarmsim.live.Preflight;
import io.swarmsim.live.PrintingProgress;
import io.swarmsim.live.ProcessRunner;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code sim live run <scenario> [--experiment NAME] [--seed N] [--iptables nft|legacy] [--keep] [--pcap DIR] [--json]} and
 * {@code sim live clean}: the scenario on real network namespaces, compared with the model. Exit 0
 * when kernel and model agree, 3 when they differ, 2 for a bad command line or scenario (a bad name
 * included), 1 when the machine cannot run it or a step failed (after the teardown).
 */
final class LiveCli {
    static final String USAGE = "usage: sim live run <scenario.yaml> [--experiment NAME] [--seed N] [--iptables nft|legacy] [--keep] [--pcap DIR] [--json]\n"
            + "       sim live clean";

    private LiveCli() {
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            throw new UsageException(USAGE);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "run":
                return run(rest, out, err);
            case "clean":
                if (rest.length > 0) {
                    throw new UsageException("sim live clean takes no arguments\n" + USAGE);
                }
                return clean(out, err);
            default:
                throw new UsageException("unknown live command '" + args[0] + "'; expected run or clean\n" + USAGE);
        }
    }

    private static int run(String[] args, PrintStream out, PrintStream err) {
        ScenarioArgs a = ScenarioArgs.parse(args, List.of("--iptables", "--pcap"), List.of("--keep", "--json"));
        if (!a.words().isEmpty() || !a.afterDashes().isEmpty()) {
            throw new UsageException("unexpected '" + (a.words().isEmpty() ? "--" : a.words().get(0)) + "'\n" + USAGE);
        }
        String b = a.values().getOrDefault("--iptables", "nft");
        Optional<IptablesBackend> backend = IptablesBackend.parse(b);
        if (backend.isEmpty()) {
            throw new UsageException("--iptables takes nft or legacy, not '" + b + "'");
        }
        Optional<ScenarioArgs.Loaded> loaded = a.load(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        Session session = Session.open(loaded.get().scenario(), a.experiment(), loaded.get().seed());
        boolean json = a.flags().contains("--json");
        PrintStream steps = json ? err : out; // standard output carries only the JSON
        PrintingProgress progress = new PrintingProgress(steps, System.console() != null && (steps == System.out || steps == System.err));
        LiveOptions opts = LiveOptions.defaults().withBackend(backend.get()).withKeep(a.flags().contains("--keep")).withProgress(progress);
        if (a.values().containsKey("--pcap")) {
            opts = opts.withPcapDir(java.nio.file.Path.of(a.values().get("--pcap")));
        }
        try {
            LiveReport report = LiveRun.run(session, a.file(), opts);
            progress.endLine();
            out.print(json ? LiveReportJson.of(report) : report.text());
            return report.agrees() ? 0 : 3;
        } catch (LiveException e) {
            progress.endLine();
            err.println("sim live: " + e.getMessage());
            return e.usage() ? 2 : 1;
        }
    }

    private static int clean(PrintStream out, PrintStream err) {
        Optional<String> problem = Preflight.isRoot() ? Preflight.missing(java.util.Map.of("ip", "iproute2"))
                : Optional.of("sim live clean needs root (it deletes network namespaces): run it with sudo");
        if (problem.isPresent()) {
            err.println("sim live: " + problem.get());
            return 1;
        }
        PrintingProgress progress = new PrintingProgress(out, System.console() != null && out == System.out);
        try {
            List<String> removed = Cleaner.clean(new ProcessRunner(), LiveLock.DEFAULT, progress);
            progress.endLine();
            out.println(removed.isEmpty() ? "live clean: nothing to remove"
                    : "live clean: removed " + removed.size() + " namespaces: " + String.join(" ", removed));
            return 0;
        } catch (LiveException e) {
            progress.endLine();
            err.println("sim live: " + e.getMessage());
            return 1;
        }
    }
}
