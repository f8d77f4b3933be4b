package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.session.Session;
import io.swarmsim.kernel.net.IpAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed's vip experiment built for real, as root: the views agree with the model after the
 * documented normalisations, a ping crosses the real VXLAN, and every way a run can end (done,
 * stopped at a step, kept then cleaned, refused) leaves the machine exactly as before. Skipped,
 * saying why, where not root or a tool is missing.
 */
class LiveVoteTest {
    /** What a step hook throws to stop a run where a failed command or Ctrl-C could. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort(String where) {
            super("stopped by the test at " + where);
        }
    }

    @TempDir
    Path dir;
    private MachineState before;

    @BeforeEach
    void machine() {
        LiveAssumptions.assumeLive(IptablesBackend.NFT);
        before = MachineState.capture();
        assertEquals(List.of(), before.family(), "an earlier run left namespaces; run 'sim live clean'");
    }

    @Test
    void vipAgreesWithTheModelPingsAcrossTheVxlanAndLeavesNothing() {
        LiveReport r = LiveRun.run(Fixtures.session("vip"), "vote.yaml", LiveOptions.defaults());
        assertTrue(r.views().agrees(), r.text());
        assertEquals(77, r.views().views().size());
        assertEquals(1, r.pings().size(), r.text());
        assertTrue(r.pings().get(0).replied(), r.text());
        assertEquals("vote.1", r.pings().get(0).to());
        assertTrue(r.agrees());
        assertEquals(12, r.namespaces().size());
        assertTrue(r.text().contains("IPVS: this kernel lacks IP_VS; declared substitute"), r.text());
        assertTrue(r.text().contains("iptables backend: nft (iptables-nft-restore, iptables-nft)"), r.text());
        before.assertSameAs(MachineState.capture());
    }

    @Test
    void theLegacyBackendAgreesToo() {
        LiveAssumptions.assumeLive(IptablesBackend.LEGACY);
        LiveReport r = LiveRun.run(Fixtures.session("vip"), "vote.yaml", LiveOptions.defaults().withBackend(IptablesBackend.LEGACY));
        assertTrue(r.agrees(), r.text());
        assertTrue(r.text().contains("iptables backend: legacy (iptables-legacy-restore, iptables-legacy)"), r.text());
        before.assertSameAs(MachineState.capture());
    }

    @ParameterizedTest
    @ValueSource(strings = {"apply:namespaces:5", "apply:underlay:1", "apply:devices:3", "apply:vxlan:2", "apply:up:4",
        "apply:overlay peers:1", "apply:iptables:2", "compare:views:3", "check:ping:1"})
    void aRunStoppedAtAStepLeavesNothing(String at) {
        String[] w = at.split(":");
        int[] seen = {0};
        Progress hook = s -> {
            if (s.stage().equals(w[0]) && s.phase().equals(w[1]) && ++seen[0] == Integer.parseInt(w[2])) {
                throw new Abort(s.line());
            }
        };
        Abort a = assertThrows(Abort.class, () -> LiveRun.run(Fixtures.session("vip"), "vote.yaml", LiveOptions.defaults().withProgress(hook)));
        assertTrue(a.getMessage().contains(w[1]), a.getMessage());
        before.assertSameAs(MachineState.capture());
    }

    @Test
    void aKeptRunBlocksTheNextUntilCleanRemovesItAndCleanIsIdempotent() {
        LiveReport r = LiveRun.run(Fixtures.session("vip"), "vote.yaml", LiveOptions.defaults().withKeep(true));
        assertTrue(r.kept() && r.agrees(), r.text());
        List<String> left = MachineState.capture().family();
        assertEquals(12, left.size(), left.toString());
        assertTrue(left.stream().allMatch(r.prefix()::owns));
        LiveException refused = assertThrows(LiveException.class, () -> LiveRun.run(Fixtures.session("vip"), "vote.yaml", LiveOptions.defaults()));
        assertTrue(refused.getMessage().contains("an earlier live run left 12 namespaces") && refused.getMessage().contains("sim live clean"),
                refused.getMessage());
        List<String> removed = Cleaner.clean(new ProcessRunner(), LiveLock.DEFAULT, Progress.none());
        assertEquals(left.stream().sorted().toList(), removed.stream().sorted().toList());
        assertEquals(List.of(), Cleaner.clean(new ProcessRunner(), LiveLock.DEFAULT, Progress.none()));
        assertFalse(LiveLock.DEFAULT.toFile().exists(), "clean removes the lock file");
        before.assertSameAs(MachineState.capture());
    }

    /**
     * Four TCP connections from client.1 to vote's VIP go where the model's four {@code curl vote}
     * were served: the substitute's turn order is IPVS rr's, as the model has it. No HTTP server runs
     * yet, so each connection is refused by the task it reached; which DNAT rule counted it says
     * which task that was.
     */
    @Test
    void theIpvsSubstituteTakesTurnsInTheModelsRoundRobinOrder() {
        Assumptions.assumeTrue(Preflight.find("curl").isPresent(), "live test skipped: curl not found (apt-get install curl)");
        Session model = Fixtures.session("vip");
        List<String> served = model.runAll().stream().filter(c -> c.command().startsWith("curl")).map(c -> c.servedBy()).toList();
        Session s = Fixtures.session("vip");
        String vip = s.cluster().service("vote").orElseThrow().vips().get("overlay1").toString();
        LiveReport r = LiveRun.run(s, "vote.yaml", LiveOptions.defaults().withKeep(true));
        try {
            String ns = r.prefix() + "-" + s.desired().ofTask("client.1").orElseThrow().name();
            ProcessRunner run = new ProcessRunner();
            List<String> real = new ArrayList<>();
            for (int i = 0; i < served.size(); i++) {
                Map<String, Long> before = dnatCounts(run, ns);
                CmdResult curl = run.run(Cmd.of("ip", "netns", "exec", ns, "curl", "-s", "-m", "2", "http://" + vip + "/"));
                assertEquals(7, curl.exit(), "refused by the task (no server yet): " + curl);
                Map<String, Long> after = dnatCounts(run, ns);
                after.forEach((to, n) -> {
                    if (n > before.getOrDefault(to, 0L)) {
                        real.add(s.cluster().taskByAddress(IpAddress.parse(to)).orElseThrow().name());
                    }
                });
            }
            assertEquals(served, real);
        } finally {
            Cleaner.clean(new ProcessRunner(), LiveLock.DEFAULT, Progress.none());
        }
        before.assertSameAs(MachineState.capture());
    }

    /** Packets per DNAT destination in the substitute's chain. */
    private static Map<String, Long> dnatCounts(ProcessRunner run, String ns) {
        Map<String, Long> out = new TreeMap<>();
        String table = run.check(Cmd.of("ip", "netns", "exec", ns, "iptables-nft", "-t", "nat", "-nvxL", IpvsSubstitute.CHAIN)).out();
        for (String line : table.lines().toList()) {
            String[] w = line.strip().split("\\s+");
            if (w.length > 3 && w[2].equals("DNAT")) {
                out.merge(w[w.length - 1].substring(3), Long.parseLong(w[0]), Long::sum);
            }
        }
        return out;
    }

    @Test
    void aSecondRunWhileTheLockIsHeldIsRefusedAndCreatesNothing() {
        Path lock = dir.resolve("live.lock");
        try (LiveLock held = LiveLock.acquire(lock, "ss9999")) {
            LiveException e = assertThrows(LiveException.class,
                    () -> LiveRun.run(Fixtures.session("vip"), "vote.yaml", LiveOptions.defaults().withLockFile(lock)));
            assertTrue(e.getMessage().startsWith("another live run is active (pid " + ProcessHandle.current().pid() + ", run ss9999"),
                    e.getMessage());
            assertFalse(e.usage());
        }
        before.assertSameAs(MachineState.capture());
    }
}
