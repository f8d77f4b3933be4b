package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code sim exec --interactive}: several commands against one run, counters accumulating as in a shell. */
class ExecPromptTest {
    @Test
    void commandsRunAgainstOneRunSoCountersAccumulate() {
        String view = "iptables -nvxL OUTPUT -t mangle\n";
        E2e.Result r = E2e.simWithInput(view + "curl vote | grep -i \"container id\"\n# a comment\n\ncurl vote | grep -i 'container id'\n" + view + "exit\nping -c1 vote\n",
                "exec", E2e.VOTE, "--experiment", "vip", "--interactive", "client.1");
        assertEquals(0, r.code(), r.all());
        E2e.Result once = E2e.sim("exec", E2e.VOTE, "--experiment", "vip", "client.1", "--", "iptables", "-nvxL", "OUTPUT", "-t", "mangle");
        assertTrue(r.out().startsWith(once.out()), "the first view is the one-shot view:\n" + r.out());
        String[] blocks = r.out().split("(?m)^(?=Chain OUTPUT)");
        assertEquals(2, blocks.length, r.out());
        assertTrue(blocks[0].contains("Processed by container ID"), "both curls ran: " + blocks[0]);
        assertEquals(2, blocks[0].lines().filter(l -> l.contains("Processed by container ID")).distinct().count(),
                "the round robin goes on from where the experiment left it: " + blocks[0]);
        assertTrue(markPackets(blocks[1]) > markPackets(blocks[0]), "the VIP's MARK rule counted the two curls:\n" + r.out());
        assertTrue(!r.out().contains("PING"), "nothing runs after exit");
    }

    @Test
    void aCommandAndInteractiveTogetherOrNeitherIsAUsageError() {
        E2e.Result both = E2e.simWithInput("", "exec", E2e.VOTE, "--interactive", "client.1", "--", "ip", "addr");
        assertEquals(2, both.code(), both.all());
        assertTrue(both.err().contains("--interactive reads its commands from standard input"), both.all());
        E2e.Result neither = E2e.sim("exec", E2e.VOTE, "client.1");
        assertEquals(2, neither.code(), neither.all());
        assertTrue(neither.err().contains("needs a command after <where>") && neither.err().contains("usage: sim exec "), neither.all());
    }

    @Test
    void aLineWithAnOpenQuoteIsRefusedAndTheNextRuns() {
        E2e.Result bad = E2e.simWithInput("grep 'open\nip route\n", "exec", E2e.VOTE, "--interactive", "client.1");
        assertTrue(bad.err().contains("a quote is not closed in: grep 'open"), bad.all());
        assertTrue(bad.out().contains("default via"), "the next line still runs: " + bad.all());
    }

    /** The packet counter of the MARK rule for vote's VIP (mark 0x101) in an {@code -nvxL} listing. */
    private static long markPackets(String listing) {
        return listing.lines().filter(l -> l.contains("MARK set 0x101")).mapToLong(l -> Long.parseLong(l.strip().split("\\s+")[0]))
                .findFirst().orElseThrow();
    }
}
