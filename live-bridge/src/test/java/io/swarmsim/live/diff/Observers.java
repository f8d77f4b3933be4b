package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed raw-table rules of each namespace: one counting rule per protocol where packets enter
 * and leave (A's OUTPUT and PREROUTING, per input device; B's PREROUTING and OUTPUT). They jump to
 * an empty chain, so they count without deciding anything, and raw runs before conntrack, so they
 * do not switch conntrack on. Their counters say which packets each side sent and received, in
 * number and bytes, whatever the generated rules did.
 */
final class Observers {
    static final String CHAIN = "SEEN";
    private static final String[] PROTOCOLS = {"tcp", "udp", "icmp"};

    static GenTable raw(Side side) {
        List<GenRule> prerouting = new ArrayList<>();
        List<GenRule> output = new ArrayList<>();
        for (String p : PROTOCOLS) {
            if (side == Side.A) {
                prerouting.add(count("-i eth0 -p " + p));
                prerouting.add(count("-i lo -p " + p));
            } else {
                prerouting.add(count("-p " + p));
            }
            output.add(count("-p " + p));
        }
        return new GenTable("raw", List.of(new GenChain("PREROUTING", "ACCEPT", prerouting),
                new GenChain("OUTPUT", "ACCEPT", output), new GenChain(CHAIN, null, List.of())));
    }

    private static GenRule count(String matches) {
        return new GenRule(List.of(matches), "-j " + CHAIN, CHAIN);
    }

    private Observers() {
    }
}
