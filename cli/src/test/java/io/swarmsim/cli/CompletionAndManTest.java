package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated completion script completes in a real bash; the man page renders in groff without a warning. */
class CompletionAndManTest {

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String run(Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** What bash offers after {@code words} (the last word being completed), with the script sourced. */
    private static String complete(Path script, String... words) throws Exception {
        String array = String.join(" ", List.of(words).stream().map(w -> "'" + w + "'").toList());
        return run(script.getParent(), "bash", "-c", "source " + script + " 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD="
                + (words.length - 1) + "; _complete_sim 2>/dev/null; echo \"${COMPREPLY[*]}\"").strip();
    }

    @Test
    void bashCompletionCompletesCommandsAndOptions(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("bash"), "bash is not installed");
        E2e.Result r = sim("completion", "bash");
        assertEquals(0, r.code(), r.all());
        Path script = dir.resolve("sim_completion");
        Files.writeString(script, r.out());
        run(dir, "bash", "-n", script.toString());
        assertEquals("run", complete(script, "sim", "ru"));
        assertEquals("--experiment", complete(script, "sim", "exec", "x.yaml", "--exp"));
        assertEquals("pcap", complete(script, "sim", "export", "p"));
        assertEquals(r.out(), sim("completion", "zsh").out(), "one script serves both shells (it loads bashcompinit under zsh)");
        assertTrue(r.out().contains("ZSH_VERSION"), "the script handles zsh");
        assertEquals(2, sim("completion", "fish").code());
    }

    @Test
    void manPageRendersWithoutWarningsAndListsEveryCommand(@TempDir Path dir) throws Exception {
        E2e.Result r = sim("man");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith(".TH SIM 1 \"\" \"sim "), r.out());
        for (String command : CliBasicsTest.allCommands().keySet()) {
            assertTrue(r.out().contains(".SS sim " + command.replace("-", "\\-")), command + " in the man page");
        }
        assertTrue(r.out().contains(".SH EXIT STATUS"), r.out());
        assumeTrue(onPath("groff"), "groff is not installed");
        Path page = dir.resolve("sim.1");
        Files.writeString(page, r.out());
        String rendered = run(dir, "groff", "-man", "-Tutf8", "-ww", "-z", page.toString());
        assertEquals("", rendered, "groff warnings");
    }
}
