package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sim generate}, {@code sim run --trace none} on what it wrote, and {@code sim bench scale}. */
class GenerateAndBenchTest {
    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aGeneratedScenarioRunsWithCountersOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.yaml");
        String[] g = run("generate", "--nodes", "4", "--services", "12", "--replicas", "3", "--requests", "60", "--out", file.toString());
        assertEquals("0", g[0], g[2]);
        assertTrue(Files.readString(file).contains("x-sim:"));
        String[] r = run("run", file.toString(), "--trace", "none");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("60 command runs (not kept: --trace none)"), r[1]);
        for (int i = 1; i <= 3; i++) {
            assertTrue(r[1].matches("(?s).*svc1\\." + i + " +20 .*"), r[1]);
        }
        assertTrue(r[1].contains("Cost: "), r[1]);
        String[] full = run("run", file.toString(), "--trace", "bogus");
        assertEquals("2", full[0]);
        assertTrue(full[2].contains("--trace takes none, summary or full"), full[2]);
    }

    @Test
    void benchScaleReportsBuildRequestsAndRulesPerPacket() {
        String[] b = run("bench", "scale", "--nodes", "3", "--services", "10", "--replicas", "2", "--requests", "20");
        assertEquals("0", b[0], b[2]);
        assertTrue(b[1].contains("cluster: 3 nodes, 11 services, 21 tasks"), b[1]);
        assertTrue(b[1].contains("20 VIP requests"), b[1]);
        assertTrue(b[1].matches("(?s).*per request: 48\\.0 packet traversals.*"), b[1]);
        String[] bad = run("bench", "scale", "--nodes", "x");
        assertEquals("2", bad[0]);
    }
}
