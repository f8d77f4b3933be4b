package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One generated test case: the rules of both namespaces and the batch of probes A sends. The
 * shrinker derives smaller cases from it; the seed stays to name where it came from.
 */
record DiffCase(long seed, Map<Side, GenRuleset> rules, List<Probe> probes) {
    DiffCase {
        rules = Map.copyOf(new EnumMap<>(rules));
        probes = List.copyOf(probes);
    }

    GenRuleset rules(Side side) {
        return rules.get(side);
    }

    DiffCase withRules(Side side, GenRuleset r) {
        Map<Side, GenRuleset> next = new EnumMap<>(rules);
        next.put(side, r);
        return new DiffCase(seed, next, probes);
    }

    DiffCase withoutProbe(int index) {
        List<Probe> next = new ArrayList<>(probes);
        next.remove(index);
        return new DiffCase(seed, rules, next);
    }

    private static GenTable withoutObservers(GenTable t) {
        List<GenChain> chains = new ArrayList<>();
        for (GenChain c : t.chains()) {
            if (!Observers.isObserver(c)) {
                chains.add(new GenChain(c.name(), c.policy(), c.rules().stream().filter(r -> !Observers.isObserver(r)).toList()));
            }
        }
        return new GenTable(t.name(), chains);
    }

    /** The generated rules of both namespaces (the raw observers not counted). */
    int ruleCount() {
        int n = 0;
        for (GenRuleset r : rules.values()) {
            for (GenTable t : r.tables()) {
                n += withoutObservers(t).ruleCount();
            }
        }
        return n;
    }

    /**
     * What is needed to reproduce the case by hand: each namespace's tables that hold a generated
     * rule or a DROP policy, as iptables-restore text, and the probes. Left out, as they change no
     * verdict: tables with nothing generated (all ACCEPT) and the raw table's observer rules,
     * which only count.
     */
    String describe() {
        StringBuilder sb = new StringBuilder();
        for (Side s : Side.values()) {
            sb.append("# namespace ").append(s).append(" (iptables-restore; tables without generated rules and the raw "
                    + "observers left out)\n");
            for (GenTable t : rules(s).tables()) {
                GenTable generated = withoutObservers(t);
                boolean drop = generated.chains().stream().anyMatch(c -> "DROP".equals(c.policy()));
                if (generated.ruleCount() > 0 || drop) {
                    sb.append(generated.text());
                }
            }
        }
        sb.append("# probes, sent one after the other from A\n");
        probes.forEach(p -> sb.append("#   ").append(p).append('\n'));
        return sb.toString();
    }
}
