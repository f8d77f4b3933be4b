package io.swarmsim.live;

import io.swarmsim.engine.apps.CommandLine;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The experiment's commands, simulated and real, side by side. Each output is reduced to what the
 * model decides and the kernel must agree with, and nothing that depends on the moment (times,
 * query ids, the tool's version banner): for {@code dig} the status and the answer section in order
 * (names, TTL 600, addresses as shuffled); for {@code ping} the address it picked and how many
 * replies came; for anything else (curl through grep) the printed lines. Then, per command line,
 * which task answered each run, both ways.
 */
public final class CommandComparison {
    /** What {@link #key} keeps of an output, and why: printed in the report. */
    public static final List<String> KEPT = List.of(
            "dig: the status and the answer section in order (query id, time, date, server banner and message size vary by nature or version)",
            "ping: the address pinged and how many replies came (round-trip times vary)",
            "curl | grep: the lines printed");

    private static final Pattern STATUS = Pattern.compile("status: ([A-Z]+)");
    private static final Pattern PING_HEAD = Pattern.compile("^(PING \\S+ \\(([0-9a-fA-F.:]+)\\))");
    private static final Pattern PING_STATS = Pattern.compile("^(\\d+ packets transmitted, \\d+ received)");
    private static final Pattern CONTAINER = Pattern.compile("container ID ([0-9a-f]{12})");

    /** One command run both ways. */
    public record Pair(String from, String command, int run, String modelOutput, String realOutput, List<String> modelKey,
                       List<String> realKey, String modelTask, String realTask, String modelReason) {
        public boolean agrees() {
            return modelKey.equals(realKey);
        }
    }

    /** Requests per task for one command line: how many runs each task answered, model and kernel. */
    public record Distribution(String from, String command, Map<String, int[]> perTask) {
    }

    public record Result(List<Pair> pairs, List<Distribution> distributions) {
        public boolean agrees() {
            return pairs.stream().allMatch(Pair::agrees);
        }
    }

    private CommandComparison() {
    }

    public static Result compare(List<CommandRun> model, List<RealCommands.Run> real, Cluster cluster) {
        if (model.size() != real.size()) {
            throw new IllegalArgumentException("model ran " + model.size() + " commands, the kernel " + real.size());
        }
        List<Pair> pairs = new ArrayList<>();
        Map<String, Integer> runs = new LinkedHashMap<>();
        for (int i = 0; i < model.size(); i++) {
            CommandRun m = model.get(i);
            RealCommands.Run r = real.get(i);
            String program = program(m.command());
            int n = runs.merge(m.from() + " # " + m.command(), 1, Integer::sum);
            pairs.add(new Pair(m.from(), m.command(), n, m.output(), r.output(), key(program, m.output()), key(program, r.output()),
                    task(program, m.output(), cluster), task(program, r.output(), cluster), m.reason()));
        }
        return new Result(pairs, distributions(pairs, cluster));
    }

    private static String program(String command) {
        try {
            return CommandLine.parse(command).program();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** What of {@code output} is compared, for {@code program}. */
    static List<String> key(String program, String output) {
        List<String> out = new ArrayList<>();
        List<String> lines = output.lines().toList();
        if (program.equals("dig")) {
            lines.stream().map(STATUS::matcher).filter(Matcher::find).findFirst().ifPresent(m -> out.add("status " + m.group(1)));
            boolean answer = false;
            for (String l : lines) {
                if (l.startsWith(";; ANSWER SECTION")) {
                    answer = true;
                } else if (answer && l.isBlank()) {
                    break;
                } else if (answer) {
                    out.add(String.join(" ", l.strip().split("\\s+")));
                }
            }
        } else if (program.equals("ping")) {
            for (String l : lines) {
                Matcher h = PING_HEAD.matcher(l);
                Matcher s = PING_STATS.matcher(l);
                if (h.find()) {
                    out.add(h.group(1));
                } else if (s.find()) {
                    out.add(s.group(1));
                }
            }
        } else {
            lines.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
        }
        return out;
    }

    /** The task that answered, read from the output: the vote page's container ID, or the address ping used. */
    static String task(String program, String output, Cluster cluster) {
        Matcher c = CONTAINER.matcher(output);
        if (c.find()) {
            String id = c.group(1);
            return cluster.tasks().stream().filter(t -> t.shortContainerId().equals(id)).map(Cluster.Task::name).findFirst().orElse(id);
        }
        if (program.equals("ping")) {
            Matcher h = PING_HEAD.matcher(output.lines().findFirst().orElse(""));
            if (h.find()) {
                IpAddress ip = IpAddress.parse(h.group(2));
                return cluster.taskByAddress(ip).map(Cluster.Task::name).orElse(null);
            }
        }
        return null;
    }

    private static List<Distribution> distributions(List<Pair> pairs, Cluster cluster) {
        Map<String, Distribution> by = new LinkedHashMap<>();
        for (Pair p : pairs) {
            if (p.modelTask() == null && p.realTask() == null) {
                continue;
            }
            Distribution d = by.computeIfAbsent(p.from() + " # " + p.command(), k -> new Distribution(p.from(), p.command(), new LinkedHashMap<>()));
            servingTasks(pairs, p.command(), cluster).forEach(t -> d.perTask().putIfAbsent(t, new int[2]));
            Optional.ofNullable(p.modelTask()).ifPresent(t -> d.perTask().computeIfAbsent(t, k -> new int[2])[0]++);
            Optional.ofNullable(p.realTask()).ifPresent(t -> d.perTask().computeIfAbsent(t, k -> new int[2])[1]++);
        }
        return List.copyOf(by.values());
    }

    /** The tasks of the services that answered a command line, so a task that answered nothing shows as 0 both ways. */
    private static List<String> servingTasks(List<Pair> pairs, String command, Cluster cluster) {
        List<String> services = pairs.stream().filter(p -> p.command().equals(command))
                .flatMap(p -> java.util.stream.Stream.of(p.modelTask(), p.realTask())).filter(java.util.Objects::nonNull)
                .map(t -> cluster.task(t).map(Cluster.Task::service).orElse("")).distinct().toList();
        return cluster.tasks().stream().filter(t -> services.contains(t.service())).map(Cluster.Task::name).toList();
    }

    /** The lines of the report's command section. */
    public static List<String> lines(Result r) {
        List<String> out = new ArrayList<>();
        long agree = r.pairs().stream().filter(Pair::agrees).count();
        out.add(String.format(Locale.ROOT, "commands: %d run both ways, %d agree, %d differ", r.pairs().size(), agree,
                r.pairs().size() - agree));
        for (Pair p : r.pairs()) {
            out.add(String.format(Locale.ROOT, "  %s # %s (run %d): %s", p.from(), p.command(), p.run(), p.agrees() ? "agree" : "DIFFER"));
            int n = Math.max(p.modelKey().size(), p.realKey().size());
            for (int i = 0; i < n; i++) {
                String m = i < p.modelKey().size() ? p.modelKey().get(i) : "(nothing)";
                String k = i < p.realKey().size() ? p.realKey().get(i) : "(nothing)";
                out.add(String.format(Locale.ROOT, "    %s %-44s | %s", m.equals(k) ? " " : "*", m, k));
            }
            if (!p.agrees() && p.modelReason() != null) {
                out.add("    model's reason: " + p.modelReason());
            }
        }
        for (Distribution d : r.distributions()) {
            out.add("  requests per task, model | kernel: " + d.from() + " # " + d.command());
            d.perTask().forEach((t, c) -> out.add(String.format(Locale.ROOT, "    %-10s %3d | %3d%s", t, c[0], c[1], c[0] == c[1] ? "" : "   *")));
        }
        return out;
    }
}
