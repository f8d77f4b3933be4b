package io.swarmsim.cli;

import io.swarmsim.engine.session.Session;
import io.swarmsim.live.Cleaner;
import io.swarmsim.live.IptablesBackend;
import io.swarmsim.live.LiveException;
import io.swarmsim.live.LiveLock;
import io.swarmsim.engine.report.JsonError;
import io.swarmsim.live.IpvsApply;
import io.swarmsim.live.LiveOptions;
import io.swarmsim.live.LiveReport;
import io.swarmsim.live.LiveReportJson;
import io.swarmsim.live.LiveRun;
import io.swarmsim.live.Preflight;
import io.swarmsim.live.PrintingProgress;
import io.swarmsim.live.ProcessRunner;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sim live run <scenario> [--experiment NAME] [--seed N] [--stack NAME] [--iptables nft|legacy] [--ipvs auto|kernel|substitute] [--keep] [--pcap DIR] [--json]} and
 * {@code sim live clean}: the scenario on real network namespaces, compared with the model. Exit 0
 * when kernel and model agree, 3 when they differ, 2 for a bad command line or scenario (a bad name
 * included), 1 when the machine cannot run it or a step failed (after the teardown).
 */
@Command(name = "live", header = "(root) the scenario on real namespaces, diffed with the model",
        customSynopsis = {"sim live run <scenario.yaml> [--experiment NAME] [--seed N] [--stack NAME] [--iptables nft|legacy] [--ipvs auto|kernel|substitute] [--keep] [--pcap DIR] [--json]",
            "sim live clean"},
        description = "(root) The scenario on this machine's kernel, compared with the model.",
        subcommands = {LiveCli.Run.class, LiveCli.Clean.class})
final class LiveCli {
    private LiveCli() {
    }

    @Command(name = "run", header = "(root) build, compare, ping, tear down", customSynopsis = "sim live run <scenario.yaml> [--experiment NAME] [--seed N] [--stack NAME] [--iptables nft|legacy] [--ipvs auto|kernel|substitute] [--keep] [--pcap DIR] [--json]",
            description = {"(root) Build the experiment's namespaces, devices, addresses, routes and iptables on this machine's kernel,",
                "start the embedded DNS and the tasks' servers, run the experiment's commands for real while capturing,",
                "compare outputs, flows and ip addr/route/neigh and iptables -nvL with the model, tear down;",
                "exit 3 when kernel and model differ."})
    static final class Run implements Callable<Integer> {
        private final Streams io;

        @Mixin
        private ScenarioOptions scenario;

        @Option(names = "--iptables", paramLabel = "nft|legacy", defaultValue = "nft", description = "the iptables backend (default ${DEFAULT-VALUE})")
        private String backendWord;

        @Option(names = "--ipvs", paramLabel = "auto|kernel|substitute", defaultValue = "auto",
                description = "load IPVS services into the kernel with ipvsadm, or as the declared iptables substitute; "
                        + "auto (default): the kernel's where it has IP_VS and ipvsadm is installed")
        private String ipvsWord;

        @Option(names = "--keep", description = "leave the namespaces; 'sim live clean' removes what any run left")
        private boolean keep;

        @Option(names = "--pcap", paramLabel = "DIR", description = "keep both captures: DIR/model/<point>.pcap and DIR/real/<point>.pcap")
        private java.nio.file.Path pcapDir;

        @Option(names = "--json", description = "print the comparison as JSON (the progress goes to stderr)")
        private boolean json;

        Run(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            PrintStream out = io.out();
            PrintStream err = io.err();
            Optional<IptablesBackend> backend = IptablesBackend.parse(backendWord);
            if (backend.isEmpty()) {
                throw new UsageException("--iptables takes nft or legacy, not '" + backendWord + "'");
            }
            IpvsApply ipvs = switch (ipvsWord) {
                case "auto" -> IpvsApply.detect();
                case "kernel" -> IpvsApply.KERNEL;
                case "substitute" -> IpvsApply.SUBSTITUTE;
                default -> throw new UsageException("--ipvs takes auto, kernel or substitute, not '" + ipvsWord + "'");
            };
            Optional<ScenarioOptions.Loaded> loaded = scenario.load(err, json ? out : null);
            if (loaded.isEmpty()) {
                return 2;
            }
            Session session = Session.open(loaded.get().scenario(), scenario.experiment(), loaded.get().seed());
            PrintStream steps = json ? err : out; // standard output carries only the JSON
            PrintingProgress progress = new PrintingProgress(steps, System.console() != null && (steps == System.out || steps == System.err));
            LiveOptions opts = LiveOptions.defaults().withBackend(backend.get()).withKeep(keep).withProgress(progress).withIpvs(ipvs);
            if (pcapDir != null) {
                opts = opts.withPcapDir(pcapDir);
            }
            try {
                LiveReport report = LiveRun.run(session, scenario.file(), opts);
                progress.endLine();
                out.print(json ? LiveReportJson.of(report) : report.text());
                return report.agrees() ? 0 : 3;
            } catch (LiveException e) {
                progress.endLine();
                err.println("sim live: " + e.getMessage());
                if (json) {
                    out.print(JsonError.of(e.usage() ? 2 : 1, "live", e.getMessage()));
                }
                return e.usage() ? 2 : 1;
            }
        }
    }

    @Command(name = "clean", header = "(root) remove what live runs left", customSynopsis = "sim live clean", description = "(root) Remove the namespaces any live run left.")
    static final class Clean implements Callable<Integer> {
        private final Streams io;

        Clean(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            return clean(io.out(), io.err());
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
