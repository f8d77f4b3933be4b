package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated rule, kept in parts so the shrinker can drop a match, the rule, or its jump target.
 *
 * @param matches   the match options in order, each a self-contained piece ({@code "! -s 10.9.0.2"},
 *                  {@code "-m mark --mark 0x1/0xf"}); possibly none
 * @param target    {@code -j NAME [options]} or {@code -g CHAIN}
 * @param jumpsTo   the user chain a jump or goto names, else null
 */
record GenRule(List<String> matches, String target, String jumpsTo) {
    GenRule {
        matches = List.copyOf(matches);
    }

    String line(String chain) {
        return "-A " + chain + (matches.isEmpty() ? "" : " " + String.join(" ", matches)) + " " + target;
    }

    GenRule withoutMatch(int index) {
        List<String> next = new ArrayList<>(matches);
        next.remove(index);
        return new GenRule(next, target, jumpsTo);
    }
}
