package io.swarmsim.engine.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a run as a learner reads it: each command with the prompt of the container or node it
 * ran in and exactly what the tool printed, then per experiment the requests per task with a bar
 * and one line per client decision with its reason.
 */
public final class TextReport {
    private static final int BAR = 30;

    private TextReport() {
    }

    public static String render(RunResult run) {
        StringBuilder sb = new StringBuilder();
        sb.append("Scenario ").append(run.scenario()).append(" (seed ").append(run.seed())
                .append(", Docker ").append(run.dockerVersion()).append(" model)\n");
        io.swarmsim.engine.control.DockerVersion.parse(run.dockerVersion()).modelledAs().ifPresent(k -> sb.append("Docker ")
                .append(run.dockerVersion()).append(" is modelled as ").append(k)
                .append(", the latest release before it whose swarm networking the simulator tells apart\n"));
        if (!run.notSimulated().isEmpty()) {
            sb.append("Not simulated (accepted, no effect on the model):\n");
            run.notSimulated().forEach(n -> sb.append("  ").append(n).append('\n'));
        }
        for (ExperimentResult e : run.experiments()) {
            experiment(sb, e);
        }
        return sb.toString();
    }

    private static void experiment(StringBuilder sb, ExperimentResult e) {
        sb.append("\n=== Experiment ").append(e.name());
        if (e.description() != null && !e.description().isEmpty()) {
            sb.append(": ").append(e.description());
        }
        sb.append(" ===\n");
        e.cluster().forEach(l -> sb.append(l).append('\n'));
        for (String r : e.rejections()) {
            sb.append(r).append('\n');
        }
        commands(sb, e);
        e.timeline().ifPresent(t -> TimelineText.render(sb, t));
    }

    private static void commands(StringBuilder sb, ExperimentResult e) {
        for (CommandRun c : e.commands()) {
            sb.append('\n').append(c.from()).append(" # ").append(c.command()).append('\n').append(c.output());
            if (!c.output().isEmpty() && !c.output().endsWith("\n")) {
                sb.append('\n');
            }
        }
        boolean truncated = !e.commands().isEmpty() && e.commands().size() < e.runs();
        if (truncated) {
            sb.append(String.format(Locale.ROOT, "%n... %d more command runs not printed (--max-runs %d): the totals below count them all%n",
                    e.runs() - e.commands().size(), e.commands().size()));
        }
        if (e.commands().isEmpty() || truncated) {
            if (e.runs() > 0) {
                sb.append(truncated ? String.format(Locale.ROOT, "%n%d command runs%nRequests per task:%n", e.runs())
                        : String.format(Locale.ROOT, "%n%d command runs (not kept: --trace none)%nRequests per task:%n", e.runs()));
                int total = e.distribution().values().stream().mapToInt(Integer::intValue).sum();
                int w = e.distribution().keySet().stream().mapToInt(String::length).max().orElse(4);
                e.distribution().forEach((task, n) -> sb.append("    ").append(pad(task, w)).append(String.format(java.util.Locale.ROOT, " %8d  ", n))
                        .append(bar(n, total)).append('\n'));
                cost(sb, e.packets(), e.rulesVisited());
            }
            if (truncated) {
                decisions(sb, e);
            }
            return;
        }
        sb.append("\nRequests per task:\n");
        Map<String, Map<String, Integer>> byCommand = new LinkedHashMap<>();
        for (CommandRun c : e.commands()) {
            if (c.servedBy() != null) {
                byCommand.computeIfAbsent(c.from() + " # " + c.command(), k -> new LinkedHashMap<>()).merge(c.servedBy(), 1, Integer::sum);
            }
        }
        int width = e.distribution().keySet().stream().mapToInt(String::length).max().orElse(4);
        for (Map.Entry<String, Map<String, Integer>> cmd : byCommand.entrySet()) {
            sb.append("  ").append(cmd.getKey()).append('\n');
            int total = cmd.getValue().values().stream().mapToInt(Integer::intValue).sum();
            for (String task : e.distribution().keySet()) {
                int n = cmd.getValue().getOrDefault(task, 0);
                sb.append("    ").append(pad(task, width)).append(String.format(java.util.Locale.ROOT, " %4d  ", n)).append(bar(n, total)).append('\n');
            }
        }
        decisions(sb, e);
        cost(sb, e.commands().stream().mapToLong(CommandRun::packets).sum(), e.commands().stream().mapToLong(CommandRun::rulesVisited).sum());
    }

    private static void decisions(StringBuilder sb, ExperimentResult e) {
        sb.append("\nDecisions:\n");
        int i = 1;
        for (CommandRun c : e.commands()) {
            sb.append(String.format(Locale.ROOT, "  %3d  %s # %s: %s%n", i++, c.from(), c.command(), c.reason()));
        }
    }

    private static void cost(StringBuilder sb, long packets, long rules) {
        if (packets > 0) {
            sb.append(String.format(java.util.Locale.ROOT, "%nCost: %d packet traversals of a namespace's stack, %d iptables rules looked at (%.1f per packet)%n",
                    packets, rules, (double) rules / packets));
        }
    }

    private static String bar(int n, int total) {
        if (total == 0) {
            return "";
        }
        int len = (int) Math.round((double) BAR * n / total);
        return "#".repeat(len);
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
