package io.swarmsim.live;

import io.swarmsim.live.capture.FlowComparison;
import io.swarmsim.live.capture.FlowLines;
import java.util.List;
import java.util.Locale;

/**
 * What a live run found: the run's prefix and backend, the lines about what was not applied as
 * the model has it, every view's comparison, the pings, the time each stage took, and what the
 * teardown removed (or that the namespaces were kept).
 */
public record LiveReport(String scenario, String experiment, long seed, RunPrefix prefix, IptablesBackend backend, IpvsApply ipvs, boolean kernelHasIpvs,
                         List<String> notes, ViewComparison.Result views, List<PingCheck.Ping> pings,
                         LiveRun.Outcome outcome,
                         long applyMillis, long compareMillis, long checkMillis, long teardownMillis,
                         boolean kept, List<String> namespaces) {
    /** The experiment's commands, simulated and real. */
    public CommandComparison.Result commands() {
        return outcome.commands();
    }

    /** Kernel and model agree: every view after normalisation, every ping answered. */
    public boolean agrees() {
        return views.agrees() && pings.stream().allMatch(PingCheck.Ping::replied) && outcome.commands().agrees() && outcome.flows().agrees();
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "live run %s: %s, experiment %s, seed %d%n", prefix, scenario, experiment, seed));
        sb.append("iptables backend: ").append(backend.word()).append(" (").append(backend.restore()).append(", ")
                .append(backend.iptables()).append(")\n");
        if (ipvs == IpvsApply.KERNEL || notes.stream().anyMatch(n -> n.contains("IPVS"))) {
            sb.append(ipvs.line(kernelHasIpvs)).append('\n');
        }
        notes.forEach(n -> sb.append("  ").append(n).append('\n'));
        sb.append("set in every namespace besides the desired state:\n");
        ApplyPlanner.SETTINGS.forEach(n -> sb.append("  ").append(n).append('\n'));
        long agree = views.views().stream().filter(ViewDiff::agrees).count();
        sb.append(String.format(Locale.ROOT, "views: %d compared (%s), %d agree, %d differ%n", views.views().size(),
                String.join(", ", ViewComparison.VIEWS), agree, views.views().size() - agree));
        for (ViewDiff d : views.views()) {
            if (!d.agrees()) {
                sb.append("  ").append(d.where()).append(" # ").append(d.view()).append("   (- model, + kernel)\n");
                d.diff().forEach(l -> sb.append("    ").append(l).append('\n'));
            }
        }
        if (!views.normalisations().isEmpty()) {
            sb.append("normalised before comparing (documented differences):\n");
            for (Normalisation n : views.normalisations()) {
                sb.append("  ").append(n.what()).append(": ").append(n.why()).append('\n');
            }
        }
        if (pings.isEmpty()) {
            sb.append("connectivity: no overlay network has tasks on two nodes; no cross-node ping\n");
        } else {
            sb.append("connectivity over the real VXLAN:\n");
            for (PingCheck.Ping p : pings) {
                sb.append("  ").append(p.line()).append('\n');
                if (!p.replied()) {
                    p.output().lines().forEach(l -> sb.append("    ").append(l).append('\n'));
                }
            }
        }
        CommandComparison.lines(outcome.commands()).forEach(l -> sb.append(l).append('\n'));
        sb.append("compared of each output (model | kernel):\n");
        CommandComparison.KEPT.forEach(k -> sb.append("  ").append(k).append('\n'));
        FlowComparison.lines(outcome.flows(), false).forEach(l -> sb.append(l).append('\n'));
        sb.append("flows keep DNS questions and answers, TCP opening handshakes and the vote page's container ID, ICMP, VXLAN; dropped:\n");
        FlowLines.DROPPED.forEach(d -> sb.append("  ").append(d).append('\n'));
        outcome.pcapDir().ifPresent(d -> sb.append("captures kept: ").append(d.resolve("model")).append(" (the model's) and ")
                .append(d.resolve("real")).append(" (pcap4j in the real namespaces)\n"));
        KernelExtras.lines(outcome.extras()).forEach(l -> sb.append(l).append('\n'));
        sb.append(String.format(Locale.ROOT, "time: apply %.2f s, compare %.2f s, ping and commands %.2f s, teardown %.2f s%n",
                applyMillis / 1000.0, compareMillis / 1000.0, checkMillis / 1000.0, teardownMillis / 1000.0));
        if (kept) {
            sb.append("kept: ").append(namespaces.size()).append(" namespaces (").append(prefix).append("-*); look with "
                    + "'ip netns exec NS ...', remove with 'sim live clean'\n");
        } else {
            sb.append("teardown: ").append(namespaces.size()).append(" namespaces removed\n");
        }
        sb.append(agrees() ? "result: kernel and model agree\n" : "result: kernel and model DIFFER\n");
        return sb.toString();
    }
}
