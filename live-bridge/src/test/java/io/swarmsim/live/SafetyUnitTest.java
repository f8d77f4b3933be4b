package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock, the missing-tool message, the teardown's idempotence: without root, nothing run for real. */
class SafetyUnitTest {
    @TempDir
    Path dir;

    @Test
    void aSecondHolderOfTheLockIsRefusedWithTheFirstOneNamed() {
        Path f = dir.resolve("sub/live.lock");
        try (LiveLock first = LiveLock.acquire(f, "ss0a0b")) {
            LiveException e = assertThrows(LiveException.class, () -> LiveLock.acquire(f, "ss0c0d"));
            assertTrue(e.getMessage().contains("another live run is active (pid " + ProcessHandle.current().pid() + ", run ss0a0b"),
                    e.getMessage());
        }
        try (LiveLock again = LiveLock.acquire(f, "ss0c0d")) {
            assertEquals(f, again.file());
        }
    }

    @Test
    void missingToolsAreNamedOnOneLineWithTheirPackages() {
        Map<String, String> tools = new LinkedHashMap<>();
        tools.put("ip", "iproute2");
        tools.put("swarmsim-no-such-tool", "swarmsim-pkg");
        tools.put("swarmsim-no-such-tool2", "swarmsim-pkg");
        String line = Preflight.missing(tools).orElseThrow();
        assertEquals("sim live needs swarmsim-no-such-tool, swarmsim-no-such-tool2, not found; install with: apt-get install swarmsim-pkg", line);
        assertEquals("iputils-ping", Preflight.tools(IptablesBackend.LEGACY).get("ping"));
        assertEquals("iptables", Preflight.tools(IptablesBackend.LEGACY).get("iptables-legacy-restore"));
        assertEquals("bind9-dnsutils", Preflight.tools(IptablesBackend.NFT).get("dig"));
        assertEquals("curl", Preflight.tools(IptablesBackend.NFT).get("curl"));
    }

    @Test
    void teardownRemovesOnlyTheRunsNamespacesAndTheSecondTimeNothing() {
        Fixtures.Recording r = new Fixtures.Recording();
        r.out = "ss1a2b-node1 (id: 3)\nswdiff-other\nss1a2c-node1\nss1a2b-underlay_\n";
        List<String> removed;
        try {
            removed = new Teardown(r).remove(new RunPrefix("ss1a2b")::owns, Progress.none());
        } catch (LiveException e) {
            // the recording runner keeps listing them (nothing is really deleted): that is the "left" check working
            assertTrue(e.getMessage().startsWith("teardown left namespaces [ss1a2b-node1, ss1a2b-underlay_]"), e.getMessage());
            removed = List.of();
        }
        assertTrue(removed.isEmpty());
        assertTrue(r.commands.stream().anyMatch(c -> c.argv().equals(List.of("ip", "netns", "del", "ss1a2b-node1"))));
        assertTrue(r.commands.stream().noneMatch(c -> c.argv().contains("swdiff-other") || c.argv().contains("ss1a2c-node1")));
        Fixtures.Recording empty = new Fixtures.Recording();
        assertEquals(List.of(), new Teardown(empty).remove(new RunPrefix("ss1a2b")::owns, Progress.none()));
        assertEquals(List.of(List.of("ip", "netns", "list"), List.of("ip", "netns", "list")),
                empty.commands.stream().map(Cmd::argv).toList());
    }

    @Test
    void aFailedCommandStopsTheApplyNamingTheStepTheCommandAndItsStderr() {
        io.swarmsim.engine.control.DesiredState vip = Fixtures.session("vip").desired();
        ApplyPlan plan = ApplyPlanner.plan(vip, NameMap.plan(vip, new RunPrefix("ss1a2b")), IptablesBackend.NFT);
        List<Cmd> ran = new java.util.ArrayList<>();
        CommandRunner failsThird = c -> {
            ran.add(c);
            return ran.size() == 3 ? new CmdResult(c, 2, "", "Error: something broke.\n") : new CmdResult(c, 0, "", "");
        };
        LiveException e = assertThrows(LiveException.class, () -> Applier.apply(plan, failsThird, Progress.none()));
        assertEquals("apply failed at step 1/" + plan.steps().size() + " (namespaces: node1): command failed (exit 2): "
                + "ip netns exec ss1a2b-node1 sysctl -q -e -w net.ipv4.ip_forward=1: Error: something broke.", e.getMessage());
        assertEquals(3, ran.size(), "nothing runs after the failure");
    }

    @Test
    void aDeviceWithoutCarrierIsSeenInOneLineLinks() {
        String links = "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT\n"
                + "2: eth0@if4: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state DOWN mode DEFAULT\n"
                + "3: eth1@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT\n"
                + "4: br9: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT\n";
        assertEquals(List.of("eth0"), Settle.noCarrier(links));
    }
}
