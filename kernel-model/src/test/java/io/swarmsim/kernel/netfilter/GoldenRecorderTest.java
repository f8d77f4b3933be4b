package io.swarmsim.kernel.netfilter;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Re-records the golden outputs from the real iptables (legacy backend, the one the model prints as) in a throw-away network
 * namespace. Runs only with {@code -Dgolden.update=true}, as root, with {@code ip} and
 * {@code iptables-restore} installed; otherwise the printer tests compare against the committed files.
 */
class GoldenRecorderTest {

    @Test
    void recordGoldensFromTheRealTool() throws Exception {
        assumeTrue(Boolean.getBoolean("golden.update"), "golden.update not set");
        assumeTrue(run(List.of("iptables-legacy", "--version"), null).contains("legacy"), "no iptables-legacy");
        String ns = "nfgold" + ProcessHandle.current().pid();
        for (String rules : Goldens.ruleFiles()) {
            if (rules.startsWith(Goldens.HANDMADE_PREFIX)) {
                continue;
            }
            String base = Goldens.base(rules);
            run(List.of("ip", "netns", "add", ns), null);
            try {
                try {
                    run(List.of("ip", "netns", "exec", ns, "iptables-legacy-restore", "-c"), Goldens.DIR.resolve(rules).toFile());
                } catch (IOException e) {
                    // a match this kernel's x_tables lacks: the goldens stay as recorded (only the banner differs by backend)
                    System.err.println("kept " + rules + "'s goldens: " + e.getMessage());
                    continue;
                }
                // save first: listing a table that is not loaded would create it
                Goldens.write(Goldens.saveGolden(base, true), run(List.of("ip", "netns", "exec", ns, "iptables-legacy-save", "-c"), null));
                Goldens.write(Goldens.saveGolden(base, false), run(List.of("ip", "netns", "exec", ns, "iptables-legacy-save"), null));
                for (String table : Goldens.tablesIn(Goldens.read(rules))) {
                    for (String[] view : Goldens.TABLE_VIEWS) {
                        String out = run(List.of("ip", "netns", "exec", ns, "iptables-legacy", "-t", table, view[1]), null);
                        Goldens.write(Goldens.tableGolden(base, table, view[0]), out);
                    }
                }
            } finally {
                run(List.of("ip", "netns", "del", ns), null);
            }
        }
    }

    private static String run(List<String> command, File stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
        if (stdin != null) {
            pb.redirectInput(stdin);
        }
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return "";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException(command + " exited with " + rc);
        }
        return out;
    }
}
