package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.List;

/** One namespace's generated tables, in the order they are restored. */
record GenRuleset(List<GenTable> tables) {
    GenRuleset {
        tables = List.copyOf(tables);
    }

    /** The iptables-restore text both the kernel and the model load. */
    String text() {
        StringBuilder sb = new StringBuilder();
        tables.forEach(t -> sb.append(t.text()));
        return sb.toString();
    }

    GenRuleset withTable(int index, GenTable table) {
        List<GenTable> next = new ArrayList<>(tables);
        next.set(index, table);
        return new GenRuleset(next);
    }

    int ruleCount() {
        return tables.stream().mapToInt(GenTable::ruleCount).sum();
    }
}
