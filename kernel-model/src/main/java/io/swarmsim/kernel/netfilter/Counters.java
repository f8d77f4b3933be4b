package io.swarmsim.kernel.netfilter;

import java.util.HashMap;
import java.util.Map;

/**
 * The kernel-side mutable state of a namespace's tables: per-rule packet/byte counters, per
 * built-in chain policy counters, and the per-rule counters of {@code statistic --mode nth}.
 * One per network namespace, owned by the caller; tables stay immutable.
 */
public final class Counters {
    /** {packets, bytes} per rule and per policy, updated in place. */
    private final Map<RuleKey, long[]> rules = new HashMap<>();
    private final Map<RuleKey, long[]> policies = new HashMap<>();
    private final Map<RuleKey, Long> nth = new HashMap<>();

    private static RuleKey policyKey(String table, String chain) {
        return new RuleKey(table, chain, 0);
    }

    private static PacketCount read(long[] c) {
        return c == null ? PacketCount.ZERO : new PacketCount(c[0], c[1]);
    }

    public PacketCount rule(String table, String chain, int number) {
        return read(rules.get(new RuleKey(table, chain, number)));
    }

    public PacketCount policy(String table, String chain) {
        return read(policies.get(policyKey(table, chain)));
    }

    /** Counts one packet of {@code bytes} on a rule that matched. */
    public void countRule(RuleKey rule, int bytes) {
        long[] c = rules.computeIfAbsent(rule, k -> new long[2]);
        c[0]++;
        c[1] += bytes;
    }

    /** Counts one packet of {@code bytes} decided by a built-in chain's policy. */
    public void countPolicy(String table, String chain, int bytes) {
        long[] c = policies.computeIfAbsent(policyKey(table, chain), k -> new long[2]);
        c[0]++;
        c[1] += bytes;
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
                policies.put(policyKey(table.name(), c.name()), new long[] {c.initialPolicyCounters().packets(), c.initialPolicyCounters().bytes()});
            }
            for (int i = 0; i < c.rules().size(); i++) {
                PacketCount pc = c.rules().get(i).initialCounters();
                if (!pc.equals(PacketCount.ZERO)) {
                    rules.put(new RuleKey(table.name(), c.name(), i + 1), new long[] {pc.packets(), pc.bytes()});
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
