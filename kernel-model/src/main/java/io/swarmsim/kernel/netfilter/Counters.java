package io.swarmsim.kernel.netfilter;

import java.util.HashMap;
import java.util.Map;

/**
 * The kernel-side mutable state of a namespace's tables: per-rule packet/byte counters, per
 * built-in chain policy counters, and the per-rule counters of {@code statistic --mode nth}.
 * One per network namespace, owned by the caller; tables stay immutable.
 */
public final class Counters {
    private final Map<RuleKey, PacketCount> rules = new HashMap<>();
    private final Map<RuleKey, PacketCount> policies = new HashMap<>();
    private final Map<RuleKey, Long> nth = new HashMap<>();

    private static RuleKey policyKey(String table, String chain) {
        return new RuleKey(table, chain, 0);
    }

    public PacketCount rule(String table, String chain, int number) {
        return rules.getOrDefault(new RuleKey(table, chain, number), PacketCount.ZERO);
    }

    public PacketCount policy(String table, String chain) {
        return policies.getOrDefault(policyKey(table, chain), PacketCount.ZERO);
    }

    /** Counts one packet of {@code bytes} on a rule that matched. */
    public void countRule(RuleKey rule, int bytes) {
        rules.merge(rule, PacketCount.ZERO.plus(bytes), (a, b) -> a.plus(bytes));
    }

    /** Counts one packet of {@code bytes} decided by a built-in chain's policy. */
    public void countPolicy(String table, String chain, int bytes) {
        policies.merge(policyKey(table, chain), PacketCount.ZERO.plus(bytes), (a, b) -> a.plus(bytes));
    }

    /** The 0-based index of this packet among those the rule's nth match has seen; advances it. */
    long nextNth(RuleKey rule) {
        long index = nth.getOrDefault(rule, 0L);
        nth.put(rule, index + 1);
        return index;
    }

    /** {@code iptables -Z}: zero everything (nth state too, as a reload would). */
    public void reset() {
        rules.clear();
        policies.clear();
        nth.clear();
    }

    /** Zeroes one table's counters and match state, as replacing the table does. */
    public void resetTable(String table) {
        rules.keySet().removeIf(k -> k.table().equals(table));
        policies.keySet().removeIf(k -> k.table().equals(table));
        nth.keySet().removeIf(k -> k.table().equals(table));
    }

    /**
     * Replaces a table's counters with the {@code [pkts:bytes]} its restore text carried, as
     * {@code iptables-restore -c} does (zero where the text had none).
     */
    public void load(Table table) {
        resetTable(table.name());
        for (Chain c : table.chains()) {
            if (c.builtin() && !c.initialPolicyCounters().equals(PacketCount.ZERO)) {
                policies.put(policyKey(table.name(), c.name()), c.initialPolicyCounters());
            }
            for (int i = 0; i < c.rules().size(); i++) {
                PacketCount pc = c.rules().get(i).initialCounters();
                if (!pc.equals(PacketCount.ZERO)) {
                    rules.put(new RuleKey(table.name(), c.name(), i + 1), pc);
                }
            }
        }
    }

    /** {@link #load(Table)} for every table of the ruleset. */
    public void load(Ruleset ruleset) {
        for (Table t : ruleset.tables()) {
            load(t);
        }
    }
}
