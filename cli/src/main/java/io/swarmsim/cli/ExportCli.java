package io.swarmsim.cli;

import io.swarmsim.engine.pcap.CaptureRecorder;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.engine.pcap.CapturePlan;
import io.swarmsim.engine.trace.TraceLevel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sim export pcap <scenario> --experiment NAME --out DIR}: the frames of the experiment at
 * each capture point (every task's interfaces, every node's underlay NIC), one pcap file each.
 */
@Command(name = "export", header = "export what the simulation saw (pcap)", customSynopsis = "sim export pcap <scenario.yaml> --experiment NAME --out DIR [--seed N] [--stack NAME]",
        description = "Export what the simulation saw.", subcommands = ExportCli.Pcap.class)
final class ExportCli {
    private ExportCli() {
    }

    @Command(name = "pcap", header = "the simulated frames at each capture point, as pcap files", customSynopsis = "sim export pcap <scenario.yaml> --experiment NAME --out DIR [--seed N] [--stack NAME]",
            description = "The simulated frames at each capture point (task interfaces, node NICs), one pcap file each.")
    static final class Pcap implements Callable<Integer> {
        private final Streams io;

        @Mixin
        private ScenarioOptions scenario;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "the directory to write the pcap files to")
        private String dir;

        Pcap(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            java.util.Optional<ScenarioOptions.Loaded> loaded = scenario.load(io.err());
            if (loaded.isEmpty()) {
                return 2;
            }
            CaptureRecorder rec = new CaptureRecorder(Simulation.EPOCH_SECONDS);
            ExperimentRunner.run(loaded.get().scenario(), loaded.get().experiment(), loaded.get().seed(), sim -> capturePoints(sim, rec),
                    TraceLevel.FULL);
            try {
                List<Path> files = rec.writeAll(Path.of(dir));
                for (Path f : files) {
                    io.out().println(f);
                }
                io.out().println(rec.frameCount() + " frames at " + files.size() + " capture points");
                return 0;
            } catch (IOException ex) {
                io.err().println("sim export: cannot write " + dir + ": " + ex.getMessage());
                return 1;
            }
        }
    }

    /** The standard capture points ({@link CapturePlan}). */
    static void capturePoints(Simulation sim, CaptureRecorder rec) {
        sim.subscribe(CapturePlan.tap(CapturePlan.points(sim.desired()), rec), TraceLevel.FULL);
    }
}
