package io.swarmsim.cli;

import io.swarmsim.engine.pcap.CaptureRecorder;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.engine.pcap.CapturePlan;
import io.swarmsim.engine.trace.TraceLevel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code sim export pcap <scenario> --experiment NAME --out DIR}: the frames of the experiment at
 * each capture point (every task's interfaces, every node's underlay NIC), one pcap file each.
 */
final class ExportCli {
    private ExportCli() {
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("pcap")) {
            throw new UsageException("usage: sim export pcap <scenario> --experiment NAME --out DIR [--seed N]");
        }
        ScenarioArgs a = ScenarioArgs.parse(java.util.Arrays.copyOfRange(args, 1, args.length), List.of("--out"), List.of());
        String dir = a.values().get("--out");
        if (dir == null || !a.words().isEmpty()) {
            throw new UsageException("usage: sim export pcap <scenario> --experiment NAME --out DIR [--seed N]");
        }
        java.util.Optional<ScenarioArgs.Loaded> loaded = a.load(err);
        if (loaded.isEmpty()) {
            return 2;
        }
        Scenario scenario = loaded.get().scenario();
        Experiment e = loaded.get().experiment();
        CaptureRecorder rec = new CaptureRecorder(Simulation.EPOCH_SECONDS);
        ExperimentRunner.run(scenario, e, loaded.get().seed(), sim -> capturePoints(sim, rec), TraceLevel.FULL);
        try {
            List<Path> files = rec.writeAll(Path.of(dir));
            for (Path f : files) {
                out.println(f);
            }
            out.println(rec.frameCount() + " frames at " + files.size() + " capture points");
            return 0;
        } catch (IOException ex) {
            err.println("sim export: cannot write " + dir + ": " + ex.getMessage());
            return 1;
        }
    }

    /** The standard capture points ({@link CapturePlan}). */
    static void capturePoints(Simulation sim, CaptureRecorder rec) {
        sim.subscribe(CapturePlan.tap(CapturePlan.points(sim.desired()), rec), TraceLevel.FULL);
    }
}
