package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed's vip experiment built for real, as root: the views agree with the model after the
 * documented normalisations, a ping crosses the real VXLAN, and every way a run can end (done,
 * stopped at a step, also while its servers run, kept then cleaned, refused) leaves the machine
 * exactly as before. Skipped,
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
        assertEquals(11 * ViewComparison.VIEWS.size(), r.views().views().size()); // 11 namespaces
        assertEquals(1, r.pings().size(), r.text());
        assertTrue(r.pings().get(0).replied(), r.text());
        assertEquals("vote.1", r.pings().get(0).to());
        assertTrue(r.agrees(), r.text());
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
        "apply:overlay peers:1", "apply:iptables:2", "compare:views:3", "check:ping:1",
        "servers:start:2", "run:command:3"})
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
