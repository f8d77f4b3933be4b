package io.swarmsim.cli;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.pcap.CaptureRecorder;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.engine.pcap.CapturePoints;
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

    /** Every task interface ({@code client.1-eth0}) and every node's underlay NIC ({@code node1-eth0}). */
    static void capturePoints(Simulation sim, CaptureRecorder rec) {
        CapturePoints points = new CapturePoints(rec);
        for (DesiredState.Namespace ns : sim.desired().namespaces()) {
            boolean task = ns.kind() == DesiredState.Kind.CONTAINER;
            boolean host = ns.kind() == DesiredState.Kind.HOST;
            for (DesiredState.Device d : ns.devices()) {
                if (task && d.kind() == NetDevice.Kind.VETH || host && d.kind() == NetDevice.Kind.ETHER) {
                    String point = ns.owner() + "-" + d.name();
                    rec.declare(point);
                    points.add(ns.name(), d.name(), point);
                }
            }
        }
        sim.subscribe(points, TraceLevel.FULL);
    }
}
