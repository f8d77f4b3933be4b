package io.swarmsim.live;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.session.Session;
import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The comparisons issue 9 point 7 lists besides the experiment, where kernel and model are known
 * to differ: each printed side by side and named with its explanation, none counted against the
 * run (they are what the model does not do yet, and a report that always failed on them would hide
 * new differences). {@code iptables-save -c} in the first task's container after the same commands
 * ran on both sides, whose banner and built-in chains' policy counters differ by backend; and a
 * {@code ping -c 1} from that container to an address of its network that nobody has, which the
 * kernel answers after about 3 s with {@code Destination Host Unreachable} and {@code +1 errors}
 * (ARP gets no reply) while the model stays silent.
 */
final class KernelExtras {
    /** One extra comparison: what, both sides' text, the diff, and why they differ. */
    record Extra(String what, String model, String kernel, List<String> diff, String explanation) {
    }

    private KernelExtras() {
    }

    /** The task the extras run from: the first task with a container. */
    static Optional<Cluster.Task> subject(Session session) {
        return session.cluster().tasks().stream().filter(t -> session.desired().ofTask(t.name()).isPresent()).findFirst();
    }

    /**
     * Both sides' {@code iptables-save -c}; the kernel's without the IPVS substitute (its chain and
     * the jumps to it; the rewritten SNAT match read back as {@code -m ipvs --ipvs}), as the views are.
     */
    static Extra iptablesSave(Session session, Cluster.Task task, String netns, IptablesBackend backend, CommandRunner runner) {
        String model = session.exec(task.name(), "iptables-save -c");
        String kernel = runner.run(Cmd.of("ip", "netns", "exec", netns, backend.save(), "-c")).out();
        List<String> real = kernel.lines().filter(l -> !l.contains(IpvsSubstitute.CHAIN))
                .map(l -> l.replace(IpvsSubstitute.IPVS_REPLACEMENT, IpvsSubstitute.IPVS_MATCH)).toList();
        List<String> diff = LineDiff.diff(model.lines().toList(), real);
        return new Extra("iptables-save -c in " + task.name() + " (" + backend.word() + ", IPVS substitute left out)", model, kernel, diff,
                explainSave(diff, backend));
    }

    /** What kinds of lines differ, each with what is known of it. */
    static String explainSave(List<String> diff, IptablesBackend backend) {
        List<String> kinds = new ArrayList<>();
        if (diff.stream().anyMatch(l -> l.substring(2).startsWith("#"))) {
            kinds.add("the banners name the program (" + backend.save() + ") and the time of the run (the model's: the seed's date)");
        }
        List<String> policies = diff.stream().filter(l -> l.startsWith("+ :")).toList();
        if (!policies.isEmpty()) {
            boolean zero = policies.stream().allMatch(l -> l.endsWith("[0:0]"));
            kinds.add(zero ? "the built-in chains' policy counters stay [0:0] with the " + backend.word() + " backend; the model counts them"
                    : "the built-in chains' policy counters count other packets than the model's (with the " + backend.word()
                            + " backend they do count)");
        }
        if (diff.stream().anyMatch(l -> l.substring(2).startsWith("["))) {
            kinds.add("rule counters count the real programs' packets (this machine's dig, curl and ping), which differ in number or "
                    + "size from the model's programs of the image");
        }
        return String.join("; ", kinds);
    }

    /** An address of the task's first network that no task, VIP or gateway has, or empty. */
    static Optional<IpAddress> unanswered(Cluster cluster, Cluster.Task task) {
        for (String net : task.addresses().keySet()) {
            Optional<Cluster.Network> n = cluster.network(net).filter(x -> !x.ingress());
            if (n.isEmpty()) {
                continue;
            }
            IpAddress candidate = n.get().subnet().nth(n.get().subnet().size() - 2);
            boolean used = cluster.taskByAddress(candidate).isPresent() || candidate.equals(n.get().gateway())
                    || cluster.services().stream().anyMatch(s -> candidate.equals(s.vips().get(net)));
            if (!used) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Starts the real ping now (it takes seconds; it runs while the experiment's commands do) with a runner of its own. */
    static CompletableFuture<CmdResult> startPing(String netns, IpAddress to) {
        return CompletableFuture.supplyAsync(() -> new ProcessRunner().run(Cmd.of("ip", "netns", "exec", netns, "ping", "-n", "-c", "1",
                "-W", "5", to.toString())));
    }

    /** The model's ping of the same address (after the experiment, so the experiment's own results are untouched), and the pair. */
    static Extra ping(Session session, Cluster.Task task, IpAddress to, CmdResult real) {
        String model = session.runCommand(task.name(), "ping -c 1 " + to).output();
        String kernel = real.out() + real.err();
        List<String> diff = LineDiff.diff(pingLines(model), pingLines(kernel));
        return new Extra("ping -c 1 " + to + " (nobody has it) from " + task.name(), model, kernel, diff, diff.isEmpty() ? ""
                : "the kernel's ARP gets no answer, so after about 3 s it reports 'Destination Host Unreachable' and '+1 errors'; "
                        + "the model reports the failed neighbour too, so a difference here is in iputils' wording or its counts");
    }

    /** Ping's lines without times (rtt, 'time Nms'). */
    private static List<String> pingLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(l -> l.replaceAll("time[ =]\\S+", "time #")).toList();
    }

    static List<String> lines(List<Extra> extras) {
        List<String> out = new ArrayList<>();
        out.add("known differences (issue 9 point 7; not counted against the run):");
        for (Extra e : extras) {
            out.add("  " + e.what() + ": " + (e.diff().isEmpty() ? "agree" : "differ: " + e.explanation()) + (e.diff().isEmpty() ? "" : "   (- model, + kernel)"));
            e.diff().forEach(l -> out.add("    " + l));
        }
        return out;
    }
}
