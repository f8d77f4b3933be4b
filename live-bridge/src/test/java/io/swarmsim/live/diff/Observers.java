package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed raw-table rules of each namespace, ahead of the generated ones: one counting rule per protocol where packets enter
 * and leave (A's OUTPUT and PREROUTING, per input device; B's PREROUTING and OUTPUT). They jump to
 * an empty chain, so they count without deciding anything, and raw runs before conntrack, so they
 * do not switch conntrack on. Their counters say which packets each side sent and received, in
 * number and bytes, whatever the generated rules did.
 */
final class Observers {
    static final String CHAIN = "SEEN";
    private static final String[] PROTOCOLS = {"tcp", "udp", "icmp"};

    /** The generated raw table with the observers first in its built-in chains, and their empty chain. */
    static GenTable around(Side side, GenTable generated) {
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
        List<GenChain> chains = new ArrayList<>();
        for (GenChain c : generated.chains()) {
            List<GenRule> rules = new ArrayList<>(c.name().equals("PREROUTING") ? prerouting : c.name().equals("OUTPUT") ? output : List.of());
            rules.addAll(c.rules());
            chains.add(new GenChain(c.name(), c.policy(), rules));
        }
        chains.add(new GenChain(CHAIN, null, List.of()));
        return new GenTable("raw", chains);
    }

    /** Whether a rule or chain is an observer's, which the shrinker leaves alone. */
    static boolean isObserver(GenRule rule) {
        return CHAIN.equals(rule.jumpsTo());
    }

    static boolean isObserver(GenChain chain) {
        return chain.name().equals(CHAIN);
    }

    private static GenRule count(String matches) {
        return new GenRule(List.of(matches), "-j " + CHAIN, CHAIN);
    }

    private Observers() {
    }
}
