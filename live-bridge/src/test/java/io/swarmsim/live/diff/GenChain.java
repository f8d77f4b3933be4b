package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated chain: a built-in one with its policy, or a user chain ({@code policy} null).
 */
record GenChain(String name, String policy, List<GenRule> rules) {
    GenChain {
        rules = List.copyOf(rules);
    }

    boolean builtin() {
        return policy != null;
    }

    GenChain withoutRule(int index) {
        List<GenRule> next = new ArrayList<>(rules);
        next.remove(index);
        return new GenChain(name, policy, next);
    }

    GenChain withRule(int index, GenRule rule) {
        List<GenRule> next = new ArrayList<>(rules);
        next.set(index, rule);
        return new GenChain(name, policy, next);
    }

    GenChain withPolicy(String p) {
        return new GenChain(name, p, rules);
    }

    /** This chain without the rules that jump to {@code chain}. */
    GenChain withoutJumpsTo(String chain) {
        return new GenChain(name, policy, rules.stream().filter(r -> !chain.equals(r.jumpsTo())).toList());
    }
}
