package io.swarmsim.kernel.netfilter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable, loaded table: its built-in chains in kernel order, then its user chains sorted by
 * name (the order iptables 1.8.9 lists and saves them in).
 */
public final class Table {
    private final TableKind kind;
    private final Map<String, Chain> chains;
    /** The chains' runs of per-destination MARK rules, by chain name (chains with none are absent). */
    private final Map<String, DestinationRuns> destinationRuns = new java.util.HashMap<>();

    public Table(TableKind kind, Collection<Chain> chainList) {
        this.kind = kind;
        Map<String, Chain> builtin = new LinkedHashMap<>();
        Map<String, Chain> user = new TreeMap<>();
        Map<String, Chain> byName = new LinkedHashMap<>();
        for (Chain c : chainList) {
            if (byName.put(c.name(), c) != null) {
                throw new IllegalArgumentException("chain " + c.name() + " twice in table " + kind.tableName());
            }
            if (c.builtin() && !kind.hasHook(c.hook())) {
                throw new IllegalArgumentException("no built-in chain " + c.name() + " in table " + kind.tableName());
            }
        }
        for (Hook h : kind.hooks()) {
            Chain c = byName.get(h.chainName());
            builtin.put(h.chainName(), c != null ? c : new Chain(h.chainName(), h, Verdict.ACCEPT, List.of(), PacketCount.ZERO));
        }
        for (Chain c : chainList) {
            if (!c.builtin()) {
                user.put(c.name(), c);
            }
        }
        Map<String, Chain> all = new LinkedHashMap<>(builtin);
        all.putAll(user);
        this.chains = Collections.unmodifiableMap(all);
        for (Chain c : all.values()) {
            DestinationRuns runs = DestinationRuns.of(c);
            if (runs != null) {
                destinationRuns.put(c.name(), runs);
            }
        }
    }

    /** A table with only its built-in chains, policy ACCEPT, no rules. */
    public static Table empty(TableKind kind) {
        return new Table(kind, List.of());
    }

    public TableKind kind() {
        return kind;
    }

    public String name() {
        return kind.tableName();
    }

    /** All chains in listing order. */
    public List<Chain> chains() {
        return new ArrayList<>(chains.values());
    }

    /** The chain called {@code name}, or null. */
    public Chain chain(String name) {
        return chains.get(name);
    }

    /** The built-in chain of {@code hook}; throws if this table has none there. */
    public Chain builtin(Hook hook) {
        if (!kind.hasHook(hook)) {
            throw new IllegalArgumentException("table " + name() + " has no chain at " + hook);
        }
        return chains.get(hook.chainName());
    }

    /** The runs of per-destination MARK rules of {@code chain}, or null if it has none. */
    DestinationRuns destinationRuns(Chain chain) {
        return destinationRuns.get(chain.name());
    }

    /** How many rules jump or go to chain {@code name} (the "references" of -L). */
    public int references(String name) {
        int n = 0;
        for (Chain c : chains.values()) {
            for (Rule r : c.rules()) {
                if (r.target() instanceof JumpTarget j && j.chain().equals(name)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "Table[" + name() + ", chains=" + chains.keySet() + "]";
    }
}
