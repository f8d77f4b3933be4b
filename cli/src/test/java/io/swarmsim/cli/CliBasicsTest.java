package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.VOTE;
import static io.swarmsim.cli.E2e.assertNoStackTrace;
import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What people expect of a command-line tool: --version, help for every command, exit codes, typo suggestions. */
class CliBasicsTest {

    /** Every command of the tree with its qualified name's words ("export pcap"). */
    static Map<String, CommandSpec> allCommands() {
        Map<String, CommandSpec> all = new java.util.LinkedHashMap<>();
        collect(Main.commandLine(new Streams(System.out, System.err)).getCommandSpec(), all);
        return all;
    }

    private static void collect(CommandSpec spec, Map<String, CommandSpec> all) {
        for (CommandLine sub : spec.subcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            all.put(s.qualifiedName().substring("sim ".length()), s);
            collect(s, all);
        }
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        E2e.Result r = sim("--version");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().matches("(?s)sim \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nmodels Docker swarm networking.*"), r.out());
    }

    @Test
    void everyCommandHasHelpListingEveryOptionAndTheExitCodes() {
        for (Map.Entry<String, CommandSpec> c : allCommands().entrySet()) {
            List<String> words = new java.util.ArrayList<>(List.of(c.getKey().split(" ")));
            words.add("--help");
            E2e.Result byOption = sim(words.toArray(String[]::new));
            assertEquals(0, byOption.code(), c.getKey() + ": " + byOption.all());
            for (OptionSpec o : c.getValue().options()) {
                assertTrue(byOption.out().contains(o.longestName()), c.getKey() + " --help lists " + o.longestName() + ":\n" + byOption.out());
            }
            assertTrue(byOption.out().contains("Exit status:\n  0   success"), byOption.out());
            if (!c.getKey().contains(" ") && !c.getKey().equals("help")) {
                E2e.Result byHelp = sim("help", c.getKey());
                assertEquals(byOption.out(), byHelp.out(), "sim help " + c.getKey() + " prints what sim " + c.getKey() + " --help prints");
            }
        }
    }

    @Test
    void everyOptionIsInItsCommandsUsageLine() {
        for (Map.Entry<String, CommandSpec> c : allCommands().entrySet()) {
            String synopsis = String.join(" ", c.getValue().usageMessage().customSynopsis());
            for (OptionSpec o : c.getValue().options()) {
                if (!o.usageHelp() && !o.versionHelp()) {
                    assertTrue(synopsis.contains(o.longestName()), c.getKey() + " usage line names " + o.longestName() + ": " + synopsis);
                }
            }
        }
    }

    @Test
    void aMistypedCommandOrOptionGetsTheNearestOne() {
        E2e.Result cmd = sim("rnu", VOTE);
        assertEquals(2, cmd.code(), cmd.all());
        assertTrue(cmd.err().startsWith("sim: unknown command 'rnu'; expected one of: run, exec, trace"), cmd.all());
        assertTrue(cmd.err().contains("Did you mean: sim run?"), cmd.all());
        E2e.Result opt = sim("run", VOTE, "--experimnt", "vip");
        assertEquals(2, opt.code(), opt.all());
        assertTrue(opt.err().startsWith("sim run: Unknown option: '--experimnt'"), opt.all());
        assertTrue(opt.err().contains("--experiment"), opt.all());
        assertTrue(opt.err().contains("usage: sim run <scenario.yaml>"), opt.all());
        E2e.Result swapped = sim("run", VOTE, "--jsno");
        assertTrue(swapped.err().contains("Possible solutions: --json"), swapped.all());
        E2e.Result far = sim("run", VOTE, "--sed", "3");
        assertTrue(far.err().contains("Possible solutions: --seed") || far.err().contains("Did you mean: --seed?"), far.all());
        for (E2e.Result r : List.of(cmd, opt, swapped, far)) {
            assertNoStackTrace(r);
        }
    }

    @Test
    void noArgumentsPrintsTheUsageOnStderr() {
        E2e.Result r = sim();
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("usage: sim run <scenario.yaml>"), r.all());
        assertEquals(0, sim("help").code());
    }

    @Test
    void execPassesItsCommandsOptionsThrough() {
        E2e.Result r = sim("exec", VOTE, "--experiment", "vip", "client.1", "--", "ip", "--help");
        assertTrue(r.err().contains("Usage: ip") || r.out().contains("Usage: ip") || r.code() != 0, r.all());
        assertNoStackTrace(r);
        E2e.Result missing = sim("exec", VOTE, "--experiment", "vip");
        assertEquals(2, missing.code(), missing.all());
        assertTrue(missing.err().contains("Missing required parameter: '<where>'"), missing.all());
    }
}
