package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a live run must leave exactly as it found it: the named namespaces, the root namespace's
 * links and its iptables rules (the default iptables-save, comment lines with their timestamps
 * left out), the runs' {@code /etc/netns} directories and the runs' server processes.
 */
record MachineState(List<String> netns, String rootLinks, String rootIptables, List<String> etcNetns, long servers) {
    static MachineState capture() {
        ProcessRunner r = new ProcessRunner();
        List<String> ns = new Teardown(r).list().stream().sorted().toList();
        String links = r.check(Cmd.of("ip", "link", "show")).out();
        String rules = r.check(Cmd.of("iptables-save")).out().lines().filter(l -> !l.startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n");
        List<String> etc = new NetnsEtc(NetnsEtc.SYSTEM).list(n -> true);
        long servers = ProcessHandle.allProcesses().filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a)
                .contains(io.swarmsim.live.NetnsMain.class.getName())).orElse(false)).count();
        return new MachineState(ns, links, rules, etc, servers);
    }

    /** The namespaces of every live run (the prefix family). */
    List<String> family() {
        return netns.stream().filter(RunPrefix::family).toList();
    }

    /**
     * Asserts {@code after} equals this. Namespaces outside the live family that another program on
     * a shared machine made or removed meanwhile are the one thing allowed to differ (on a CI
     * machine nothing else runs, and the lists are then compared whole).
     */
    void assertSameAs(MachineState after) {
        Set<String> changed = new TreeSet<>(netns);
        changed.addAll(after.netns);
        changed.removeIf(n -> netns.contains(n) && after.netns.contains(n));
        if (changed.stream().noneMatch(RunPrefix::family) && !changed.isEmpty()) {
            System.err.println("MachineState: namespaces of other programs changed meanwhile: " + changed);
            assertEquals(family(), after.family(), "ip netns list (live family)");
        } else {
            assertEquals(netns, after.netns, "ip netns list");
        }
        assertEquals(rootLinks, after.rootLinks, "ip link in the root namespace");
        assertEquals(rootIptables, after.rootIptables, "iptables-save in the root namespace");
        assertEquals(etcNetns, after.etcNetns, "the runs' directories in /etc/netns");
        assertEquals(servers, after.servers, "server processes of live runs");
    }
}
