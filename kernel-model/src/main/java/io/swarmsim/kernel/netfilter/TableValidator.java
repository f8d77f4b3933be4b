package io.swarmsim.kernel.netfilter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks the kernel and iptables make when a table is committed: jump targets exist and are
 * user chains, no jump loops, NAT targets only in nat and only reachable from their hooks, and no
 * {@code -i} at output hooks / {@code -o} at input hooks of built-in chains.
 */
final class TableValidator {
    private TableValidator() {
    }

    static void validate(Table table, int commitLine) {
        for (Chain c : table.chains()) {
            for (Rule r : c.rules()) {
                checkRule(table, c, r);
            }
        }
        checkLoops(table);
        Map<String, Set<Hook>> reach = reachability(table);
        for (Chain c : table.chains()) {
            for (Rule r : c.rules()) {
                if (r.target() instanceof NatTarget n) {
                    for (Hook h : reach.get(c.name())) {
                        if (!n.kind().allowedHooks().contains(h)) {
                            throw new RulesetException(r.line(), n.kind() + " is not allowed in chain " + c.name()
                                    + " (reached from " + h + "; allowed: " + n.kind().allowedHooks() + ")");
                        }
                    }
                }
            }
        }
    }

    private static void checkRule(Table table, Chain c, Rule r) {
        Target t = r.target();
        if (t instanceof JumpTarget j) {
            Chain to = table.chain(j.chain());
            if (to == null) {
                throw new RulesetException(r.line(), "jump to missing chain or unknown target \"" + j.chain() + "\"");
            }
            if (to.builtin()) {
                throw new RulesetException(r.line(), "cannot jump to built-in chain " + j.chain());
            }
        }
        if (t instanceof NatTarget n && table.kind() != TableKind.NAT) {
            throw new RulesetException(r.line(), n.kind() + " is only valid in the nat table, not " + table.name());
        }
        if (c.builtin()) {
            Hook h = c.hook();
            if (r.header().outInterface() != null && (h == Hook.PREROUTING || h == Hook.INPUT)) {
                throw new RulesetException(r.line(), "Can't use -o with " + h);
            }
            if (r.header().inInterface() != null && (h == Hook.OUTPUT || h == Hook.POSTROUTING)) {
                throw new RulesetException(r.line(), "Can't use -i with " + h);
            }
        }
    }

    private static void checkLoops(Table table) {
        Map<String, Integer> state = new HashMap<>();
        for (Chain c : table.chains()) {
            visit(table, c, state, new ArrayList<>());
        }
    }

    /** Depth-first search; state 1 = on the current path, 2 = done. */
    private static void visit(Table table, Chain c, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(c.name());
        if (s != null && s == 2) {
            return;
        }
        state.put(c.name(), 1);
        path.add(c.name());
        for (Rule r : c.rules()) {
            if (r.target() instanceof JumpTarget j) {
                Integer ts = state.get(j.chain());
                if (ts != null && ts == 1) {
                    List<String> loop = new ArrayList<>(path.subList(path.indexOf(j.chain()), path.size()));
                    loop.add(j.chain());
                    throw new RulesetException(r.line(), "jump loop: " + String.join(" -> ", loop));
                }
                visit(table, table.chain(j.chain()), state, path);
            }
        }
        path.remove(path.size() - 1);
        state.put(c.name(), 2);
    }

    /** For every chain, the hooks whose built-in chain can reach it. */
    private static Map<String, Set<Hook>> reachability(Table table) {
        Map<String, Set<Hook>> reach = new HashMap<>();
        for (Chain c : table.chains()) {
            reach.put(c.name(), EnumSet.noneOf(Hook.class));
        }
        for (Hook h : table.kind().hooks()) {
            spread(table, table.builtin(h), h, reach);
        }
        return reach;
    }

    private static void spread(Table table, Chain c, Hook h, Map<String, Set<Hook>> reach) {
        if (!reach.get(c.name()).add(h)) {
            return;
        }
        for (Rule r : c.rules()) {
            if (r.target() instanceof JumpTarget j) {
                spread(table, table.chain(j.chain()), h, reach);
            }
        }
    }
}
