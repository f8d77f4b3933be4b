package io.swarmsim.kernel.netfilter;

import java.util.List;

/**
 * A chain: built-in (attached to a hook, with a policy) or user-defined (no policy).
 *
 * @param hook           the hook of a built-in chain, null for a user chain
 * @param policy         ACCEPT/DROP for a built-in chain, null for a user chain
 * @param initialPolicyCounters the policy counters the restore text gave ({@code :INPUT ACCEPT [p:b]})
 */
public record Chain(String name, Hook hook, Verdict policy, List<Rule> rules, PacketCount initialPolicyCounters) {

    public Chain {
        rules = List.copyOf(rules);
        if ((hook == null) != (policy == null)) {
            throw new IllegalArgumentException("chain " + name + ": only built-in chains have a policy");
        }
    }

    public boolean builtin() {
        return hook != null;
    }

    /** Rule {@code number}, 1-based as iptables numbers them. */
    public Rule rule(int number) {
        return rules.get(number - 1);
    }
}
