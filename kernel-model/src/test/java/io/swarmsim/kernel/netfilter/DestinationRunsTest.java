package io.swarmsim.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.TcpFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Runs of per-destination MARK rules are probed, not walked, when no rule visits are recorded:
 * the verdict, the mark, the number of rules looked at and every rule and policy counter must be
 * the walk's, for any mix of runs, other rules and packets.
 */
class DestinationRunsTest {
    private static final String[] VIPS = {"10.0.0.2", "10.0.0.5", "10.0.1.9", "10.0.0.200", "200.1.2.3", "10.0.0.7"};
    private static final String[] OTHER = {"10.0.0.2/32", "10.0.0.0/24", "10.9.9.9/32"};

    @Test
    void onlyRunsOfHostDestinationMarkRulesLongEnoughAreProbed() {
        Table t = table("""
                *mangle
                :OUTPUT ACCEPT [0:0]
                :SHORT - [0:0]
                -A OUTPUT -d 10.0.0.2/32 -j MARK --set-xmark 0x100/0xffffffff
                -A OUTPUT -d 10.0.0.3/32 -j MARK --set-xmark 0x101/0xffffffff
                -A OUTPUT -d 10.0.0.4/32 -j MARK --set-xmark 0x102/0xffffffff
                -A OUTPUT -d 10.0.0.5/32 -j MARK --set-xmark 0x103/0xffffffff
                -A OUTPUT -p tcp -d 10.0.0.6/32 -j MARK --set-xmark 0x104/0xffffffff
                -A OUTPUT -d 10.0.0.0/24 -j MARK --set-xmark 0x105/0xffffffff
                -A SHORT -d 10.0.0.2/32 -j MARK --set-xmark 0x100/0xffffffff
                -A SHORT -d 10.0.0.3/32 -j MARK --set-xmark 0x101/0xffffffff
                COMMIT
                """, TableKind.MANGLE);
        DestinationRuns runs = t.destinationRuns(t.chain("OUTPUT"));
        assertNotNull(runs.startingAt(0));
        assertEquals(4, runs.startingAt(0).length());
        for (int i = 1; i < 6; i++) {
            assertNull(runs.startingAt(i), "rule " + (i + 1));
        }
        assertNull(t.destinationRuns(t.chain("SHORT")));
    }

    @Test
    void probingAgreesWithTheWalk() {
        SplittableRandom rnd = new SplittableRandom(4242);
        for (int round = 0; round < 300; round++) {
            String text = randomTable(rnd);
            Table walked = table(text, TableKind.MANGLE);
            Table probed = table(text, TableKind.MANGLE);
            Counters walkCounters = new Counters();
            Counters probeCounters = new Counters();
            for (int pk = 0; pk < 30; pk++) {
                Packet p = packet(rnd, pk);
                TableVerdict w = Evaluator.evaluate(walked, Hook.OUTPUT, p, TestContext.of(null, "eth0"), walkCounters, true);
                TableVerdict q = Evaluator.evaluate(probed, Hook.OUTPUT, p, TestContext.of(null, "eth0"), probeCounters, false);
                String where = "round " + round + " packet " + pk + " to " + p.dst() + "\n" + text;
                assertEquals(w.verdict(), q.verdict(), where);
                assertEquals(w.packet().mark(), q.packet().mark(), where);
                assertEquals(w.rulesVisited(), q.rulesVisited(), where);
            }
            for (Chain c : walked.chains()) {
                for (int n = 1; n <= c.rules().size(); n++) {
                    assertEquals(walkCounters.rule("mangle", c.name(), n), probeCounters.rule("mangle", c.name(), n), c.name() + " " + n + "\n" + text);
                }
                if (c.builtin()) {
                    assertEquals(walkCounters.policy("mangle", c.name()), probeCounters.policy("mangle", c.name()), text);
                }
            }
        }
    }

    /** OUTPUT and a user chain, each a mix of MARK runs (repeated VIPs included) and other rules. */
    private static String randomTable(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder("*mangle\n:OUTPUT ").append(rnd.nextBoolean() ? "ACCEPT" : "DROP").append(" [0:0]\n:USER - [0:0]\n");
        List<String> rules = new ArrayList<>();
        for (String chain : new String[] {"USER", "OUTPUT"}) {
            int pieces = rnd.nextInt(1, 5);
            for (int piece = 0; piece < pieces; piece++) {
                if (rnd.nextInt(3) > 0) {
                    int n = rnd.nextInt(1, 9);
                    for (int i = 0; i < n; i++) {
                        rules.add("-A " + chain + " -d " + VIPS[rnd.nextInt(VIPS.length)] + "/32 -j MARK --set-xmark 0x" + Integer.toHexString(0x100 + rnd.nextInt(8))
                                + "/0x" + (rnd.nextBoolean() ? "ffffffff" : "f0f"));
                    }
                } else {
                    rules.add(other(rnd, chain));
                }
            }
        }
        rules.forEach(r -> sb.append(r).append('\n'));
        return sb.append("COMMIT\n").toString();
    }

    private static String other(SplittableRandom rnd, String chain) {
        String d = OTHER[rnd.nextInt(OTHER.length)];
        switch (rnd.nextInt(5)) {
            case 0:
                return "-A " + chain + " -p tcp -d " + d + " -j MARK --set-xmark 0x7/0xffffffff";
            case 1:
                return "-A " + chain + " ! -d " + d + " -j MARK --set-xmark 0x9/0xffffffff";
            case 2:
                return "-A " + chain + " -m mark --mark 0x101 -j " + (rnd.nextBoolean() ? "ACCEPT" : "DROP");
            case 3:
                return chain.equals("OUTPUT") ? "-A OUTPUT -d " + d + " -j USER" : "-A USER -d " + d + " -j RETURN";
            default:
                return "-A " + chain + " -d " + d + " -j MARK --set-xmark 0x3/0xffffffff";
        }
    }

    private static Packet packet(SplittableRandom rnd, int id) {
        String dst = rnd.nextInt(4) == 0 ? "10.9.9.9" : VIPS[rnd.nextInt(VIPS.length)];
        Packet p = Packet.tcp(id, IpAddress.parse("10.0.0.50"), 1000, IpAddress.parse(dst), 80, TcpFlags.SYN, Payload.EMPTY);
        return rnd.nextBoolean() ? p : p.withMark(rnd.nextInt(0x110));
    }

    private static Table table(String text, TableKind kind) {
        return Ruleset.parse(text).table(kind).orElseThrow();
    }
}
