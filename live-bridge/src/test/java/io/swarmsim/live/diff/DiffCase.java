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

    int ruleCount() {
        return rules.values().stream().mapToInt(GenRuleset::ruleCount).sum();
    }

    /** Everything needed to reproduce the case by hand: both restore texts and the probes. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        for (Side s : Side.values()) {
            sb.append("# namespace ").append(s).append(" (iptables-restore)\n").append(rules(s).text());
        }
        sb.append("# probes, sent one after the other from A\n");
        probes.forEach(p -> sb.append("#   ").append(p).append('\n'));
        return sb.toString();
    }
}
