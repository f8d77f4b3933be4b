package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.List;

/** A generated table: all of its built-in chains (declared even when empty), then its user chains. */
record GenTable(String name, List<GenChain> chains) {
    GenTable {
        chains = List.copyOf(chains);
    }

    /** The table as one {@code *name ... COMMIT} block of iptables-restore text. */
    String text() {
        StringBuilder sb = new StringBuilder("*").append(name).append('\n');
        for (GenChain c : chains) {
            sb.append(':').append(c.name()).append(' ').append(c.builtin() ? c.policy() : "-").append(" [0:0]\n");
        }
        for (GenChain c : chains) {
            for (GenRule r : c.rules()) {
                sb.append(r.line(c.name())).append('\n');
            }
        }
        return sb.append("COMMIT\n").toString();
    }

    GenTable withChain(int index, GenChain chain) {
        List<GenChain> next = new ArrayList<>(chains);
        next.set(index, chain);
        return new GenTable(name, next);
    }

    /** This table without user chain {@code index} and without the rules jumping to it. */
    GenTable withoutChain(int index) {
        String gone = chains.get(index).name();
        List<GenChain> next = new ArrayList<>();
        for (int i = 0; i < chains.size(); i++) {
            if (i != index) {
                next.add(chains.get(i).withoutJumpsTo(gone));
            }
        }
        return new GenTable(name, next);
    }

    int ruleCount() {
        return chains.stream().mapToInt(c -> c.rules().size()).sum();
    }
}
