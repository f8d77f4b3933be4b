package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.live.IptablesBackend;
import io.swarmsim.live.Preflight;
import io.swarmsim.live.RunPrefix;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code sim live}: its command line everywhere, and as root a real run, clean, and Ctrl-C in the middle of an apply. */
class LiveCliTest {
    private static void assumeLive() {
        String why = Preflight.problem(IptablesBackend.NFT).orElse(null);
        Assumptions.assumeTrue(why == null, () -> "live test skipped: " + why);
    }

    @Test
    void badCommandLinesAndScenariosExitTwoBeforeAnythingRuns() {
        for (List<String> args : List.of(List.of("live"), List.of("live", "start"), List.of("live", "run"),
                List.of("live", "run", E2e.VOTE, "--iptables", "ebtables"), List.of("live", "run", "no-such-file.yaml"),
                List.of("live", "run", E2e.VOTE, "--experiment", "nope"), List.of("live", "run", E2e.VOTE, "extra"),
                List.of("live", "clean", "now"), List.of("live", "run", E2e.VOTE, "--kep"), List.of("live", "run", E2e.VOTE, "--ipvs", "lvs"))) {
            E2e.Result r = E2e.sim(args.toArray(String[]::new));
            assertEquals(2, r.code(), args + "\n" + r.all());
            assertTrue(r.out().isEmpty(), r.all());
        }
        assertTrue(E2e.sim("help").out().contains("sim live run <scenario.yaml>"));
        assertTrue(E2e.sim("live", "run", E2e.VOTE, "--ipvs", "lvs").err().contains("--ipvs takes auto, kernel or substitute, not 'lvs'"));
    }

    @Test
    void theKernelsIpvsWithoutIpvsadmIsRefusedWithThePackageToInstall() {
        assumeLive();
        Assumptions.assumeTrue(Preflight.find("ipvsadm").isEmpty(), "ipvsadm is installed here");
        E2e.Result r = E2e.sim("live", "run", E2e.VOTE, "--experiment", "vip", "--ipvs", "kernel");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("sim live needs ipvsadm, not found; install with: apt-get install ipvsadm"), r.all());
        assertEquals("live clean: nothing to remove\n", E2e.sim("live", "clean").out(), "refused before anything was made");
    }

    @Test
    void aRealRunOfTheVipExperimentAgreesAndCleanFindsNothingLeft() {
        assumeLive();
        E2e.Result r = E2e.sim("live", "run", E2e.VOTE, "--experiment", "vip");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("live: apply [1/") && r.out().contains("live: compare [1/") && r.out().contains("live: teardown [1/"), r.out());
        assertTrue(r.out().contains("ping client.1 (node1) -> vote.1 10.0.0.5 (node2) over overlay1, VNI 257: reply received"), r.out());
        assertTrue(r.out().endsWith("result: kernel and model agree\n"), r.out());
        E2e.Result clean = E2e.sim("live", "clean");
        assertEquals(0, clean.code(), clean.all());
        assertEquals("live clean: nothing to remove\n", clean.out());
    }

    @Test
    void ctrlCDuringTheApplyTearsDownEverything() throws Exception {
        assumeLive();
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"), "io.swarmsim.cli.Main",
                "live", "run", E2e.VOTE, "--experiment", "vip").redirectErrorStream(true).start();
        StringBuilder seen = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String prefix = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                seen.append(line).append('\n');
                if (line.startsWith("live: apply") && line.contains("underlay: ss")) {
                    prefix = line.substring(line.indexOf("underlay: ") + 10, line.indexOf("underlay: ") + 16);
                }
                if (line.startsWith("live: apply") && line.contains("devices")) {
                    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
                    assertEquals(0, kill.waitFor());
                    break;
                }
            }
            in.transferTo(java.io.Writer.nullWriter());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), seen.toString());
            assertEquals(130, p.exitValue(), seen.toString());
            assertTrue(prefix != null && new RunPrefix(prefix).value().equals(prefix), seen.toString());
            Process list = new ProcessBuilder("ip", "netns", "list").start();
            String left = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            list.waitFor();
            for (String l : left.lines().toList()) {
                assertTrue(!l.startsWith(prefix + "-"), "left after Ctrl-C: " + left);
            }
        } finally {
            p.destroyForcibly();
        }
    }
}
