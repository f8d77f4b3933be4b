package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing of the scenario commands: every mutated scenario either loads (and then, for a
 * sample, runs under run, exec, trace or export with exit 0) or is refused with exit 2 and only located,
 * one-line errors; never exit 1 (an internal error). {@code -Dfuzz.cases=N} sets the number of cases
 * (1,000 in the normal build; README "Tests" has the 10,000-case command).
 */
class MutationFuzzTest {
    private static final Pattern LOCATED = Pattern.compile("^.+:\\d+:\\d+: \\P{Cntrl}*(expected|did you mean)\\P{Cntrl}*$");
    /** Every how many loadable cases one is run for real. */
    private static final int RUN_EVERY = 4;
    /** Runs are sampled only when they stay small, so the normal build stays fast. */
    private static final int MAX_SAMPLED_RUNS = 40;
    private static final int MAX_SAMPLED_TASKS = 40;
    private static final int MAX_SAMPLED_REQUESTS = 400;

    @TempDir
    Path dir;

    static int cases() {
        String v = System.getProperty("fuzz.cases", "");
        return v.isBlank() || v.startsWith("$") ? 1000 : Integer.parseInt(v.strip());
    }

    static List<String> bases() throws Exception {
        List<String> out = new ArrayList<>();
        out.add(Files.readString(Path.of(E2e.VOTE)));
        for (String f : List.of("vip-1806.yaml", "seed-mesh16.yaml", "hostmode113.yaml", "alpine20.yaml", "plain.yaml",
                "timeline-small.yaml")) {
            out.add(Files.readString(Path.of(E2e.SCENARIOS + f)));
        }
        return out;
    }

    @Test
    void everyMutatedScenarioRunsOrIsRefusedWithLocatedLines() throws Exception {
        List<String> bases = bases();
        int loaded = 0;
        int ran = 0;
        for (int c = 0; c < cases(); c++) {
            String text = new ScenarioMutator(c).mutate(bases.get(c % bases.size()));
            Path file = dir.resolve("case" + c + ".yaml");
            Files.writeString(file, text);
            Optional<ScenarioOptions.Loaded> ok = load(c, file, text);
            if (ok.isEmpty()) {
                continue;
            }
            loaded++;
            if (loaded % RUN_EVERY == 0 && small(ok.get())) {
                run(c, file, text, ok.get());
                ran++;
            }
        }
        assertTrue(loaded > cases() / 20 && loaded < cases() * 9 / 10, "a useful mix of loaded and refused: " + loaded);
        assertTrue(ran > 0, "some cases ran");
    }

    /** Loads as every scenario command does; a refusal must be exit-2 material: located one-line errors. */
    private static Optional<ScenarioOptions.Loaded> load(int c, Path file, String text) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<ScenarioOptions.Loaded> loaded;
        try {
            loaded = ScenarioOptions.forFile(file.toString())
                .load(new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (Throwable t) {
            throw new AssertionError(describe(c, text) + "threw " + t, t);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        if (loaded.isEmpty()) {
            assertLocated(c, text, message);
        }
        return loaded;
    }

    private static void assertLocated(int c, String text, String message) {
        assertTrue(message.endsWith("\n") && !message.isBlank(), describe(c, text) + message);
        for (String line : message.substring(0, message.length() - 1).split("\n", -1)) {
            if (!LOCATED.matcher(line).matches()) {
                fail(describe(c, text) + "not a located one-line error: " + line);
            }
        }
    }

    private static boolean small(ScenarioOptions.Loaded l) {
        long runs = l.experiment().commands().stream().mapToLong(s -> s.times()).sum();
        long tasks = l.scenario().services().stream().mapToLong(s -> s.replicas()).sum();
        long requests = l.experiment().timeline().workloads().stream().mapToLong(w -> w.requests()).sum();
        return runs <= MAX_SAMPLED_RUNS && tasks <= MAX_SAMPLED_TASKS && l.scenario().sim().nodes().size() <= 8
            && requests <= MAX_SAMPLED_REQUESTS && l.experiment().timeline().end() <= 3_600_000_000_000L;
    }

    /** One of the scenario commands, in turn, on the first experiment; exit 0, or 2 with located lines. */
    private void run(int c, Path file, String text, ScenarioOptions.Loaded l) {
        String f = file.toString();
        String exp = l.experiment().name();
        String node = l.scenario().sim().nodes().get(0).name();
        if (exp.equals("stack")) { // the scenario has no experiments: run and exec take the stack as written
            String[] stack = c % 2 == 0 ? new String[] {"run", f, "--trace", "none"}
                : new String[] {"exec", f, node, "--", "iptables-save", "-c"};
            check(c, text, stack);
            return;
        }
        List<String[]> commands = List.of(
            new String[] {"run", f, "--trace", "none", "--experiment", exp},
            new String[] {"exec", f, "--experiment", exp, node, "--", "iptables-save", "-c"},
            l.experiment().commands().isEmpty() // a time-line's requests are not command runs: its events stream with --request all
                ? new String[] {"trace", f, "--experiment", exp, "--request", "all", "--json", "--level", "summary", "--max-events", "50"}
                : new String[] {"trace", f, "--experiment", exp, "--request", "1", "--level", "summary"},
            new String[] {"export", "pcap", f, "--experiment", exp, "--out", dir.resolve("pcap" + c).toString()});
        check(c, text, commands.get(c % commands.size()));
    }

    private static void check(int c, String text, String[] args) {
        E2e.Result r = E2e.sim(args);
        if (r.code() == 2) {
            assertLocated(c, text, r.err());
        } else {
            assertEquals(0, r.code(), describe(c, text) + String.join(" ", args) + "\n" + r.all());
        }
    }

    private static String describe(int c, String text) {
        return "case " + c + " (seed " + c + "):\n--- scenario ---\n" + text + "\n---\n";
    }
}
