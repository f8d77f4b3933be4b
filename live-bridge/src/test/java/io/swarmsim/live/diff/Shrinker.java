package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Makes a disagreeing case as small as it can while it still disagrees: drops probes, empties
 * chains, drops user chains (with the rules that jump to them), rules and single match options,
 * and turns DROP policies into ACCEPT, in passes until a whole round removes nothing. Each pass
 * walks its candidates once, staying in place after a removal, so a case of n pieces costs a few
 * times n runs. The raw table's observer rules stay as they are: they are the means of seeing,
 * not part of the question.
 */
final class Shrinker {
    private final Predicate<DiffCase> disagrees;
    private int tries;

    Shrinker(Predicate<DiffCase> disagrees) {
        this.disagrees = disagrees;
    }

    /** How many candidate cases were run. */
    int tries() {
        return tries;
    }

    DiffCase shrink(DiffCase start) {
        DiffCase c = start;
        int before;
        do {
            before = size(c);
            c = pass(c, Shrinker::probeEdits);
            c = pass(c, Shrinker::chainEdits);
            c = pass(c, Shrinker::ruleEdits);
            c = pass(c, Shrinker::policyEdits);
            c = pass(c, Shrinker::matchEdits);
        } while (size(c) < before);
        return c;
    }

    private DiffCase pass(DiffCase start, Function<DiffCase, List<UnaryOperator<DiffCase>>> edits) {
        DiffCase c = start;
        int i = 0;
        while (true) {
            List<UnaryOperator<DiffCase>> list = edits.apply(c);
            if (i >= list.size()) {
                return c;
            }
            DiffCase d = list.get(i).apply(c);
            tries++;
            if (disagrees.test(d)) {
                c = d;
            } else {
                i++;
            }
        }
    }

    private static int size(DiffCase c) {
        int n = c.probes().size();
        for (Side s : Side.values()) {
            for (GenTable t : c.rules(s).tables()) {
                for (GenChain ch : t.chains()) {
                    n += 1 + ("DROP".equals(ch.policy()) ? 1 : 0);
                    for (GenRule r : ch.rules()) {
                        n += 1 + r.matches().size();
                    }
                }
            }
        }
        return n;
    }

    /** A place in the case's tables: side, table, chain. */
    private record Where(Side side, int table, int chain) {
        GenChain chainOf(DiffCase c) {
            return tableOf(c).chains().get(chain);
        }

        GenTable tableOf(DiffCase c) {
            return c.rules(side).tables().get(table);
        }

        DiffCase with(DiffCase c, GenChain replacement) {
            GenRuleset rs = c.rules(side);
            return c.withRules(side, rs.withTable(table, tableOf(c).withChain(chain, replacement)));
        }
    }

    /** Every chain of the generated tables (not the raw observers). */
    private static List<Where> chains(DiffCase c) {
        List<Where> out = new ArrayList<>();
        for (Side s : Side.values()) {
            List<GenTable> tables = c.rules(s).tables();
            for (int t = 0; t < tables.size(); t++) {
                for (int k = 0; k < tables.get(t).chains().size(); k++) {
                    if (!Observers.isObserver(tables.get(t).chains().get(k))) {
                        out.add(new Where(s, t, k));
                    }
                }
            }
        }
        return out;
    }

    private static List<UnaryOperator<DiffCase>> probeEdits(DiffCase c) {
        List<UnaryOperator<DiffCase>> out = new ArrayList<>();
        for (int i = 0; c.probes().size() > 1 && i < c.probes().size(); i++) {
            int index = i;
            out.add(x -> x.withoutProbe(index));
        }
        return out;
    }

    private static List<UnaryOperator<DiffCase>> chainEdits(DiffCase c) {
        List<UnaryOperator<DiffCase>> out = new ArrayList<>();
        for (Where w : chains(c)) {
            GenChain ch = w.chainOf(c);
            if (!ch.builtin()) {
                out.add(x -> x.withRules(w.side(), x.rules(w.side()).withTable(w.table(), w.tableOf(x).withoutChain(w.chain()))));
            } else if (ch.rules().stream().filter(r -> !Observers.isObserver(r)).count() > 1) {
                out.add(x -> w.with(x, new GenChain(ch.name(), ch.policy(),
                        ch.rules().stream().filter(Observers::isObserver).toList())));
            }
        }
        return out;
    }

    private static List<UnaryOperator<DiffCase>> ruleEdits(DiffCase c) {
        List<UnaryOperator<DiffCase>> out = new ArrayList<>();
        for (Where w : chains(c)) {
            for (int r = 0; r < w.chainOf(c).rules().size(); r++) {
                int index = r;
                if (!Observers.isObserver(w.chainOf(c).rules().get(r))) {
                    out.add(x -> w.with(x, w.chainOf(x).withoutRule(index)));
                }
            }
        }
        return out;
    }

    private static List<UnaryOperator<DiffCase>> policyEdits(DiffCase c) {
        List<UnaryOperator<DiffCase>> out = new ArrayList<>();
        for (Where w : chains(c)) {
            if ("DROP".equals(w.chainOf(c).policy())) {
                out.add(x -> w.with(x, w.chainOf(x).withPolicy("ACCEPT")));
            }
        }
        return out;
    }

    private static List<UnaryOperator<DiffCase>> matchEdits(DiffCase c) {
        List<UnaryOperator<DiffCase>> out = new ArrayList<>();
        for (Where w : chains(c)) {
            List<GenRule> rules = w.chainOf(c).rules();
            for (int r = 0; r < rules.size(); r++) {
                for (int m = 0; !Observers.isObserver(rules.get(r)) && m < rules.get(r).matches().size(); m++) {
                    int ri = r;
                    int mi = m;
                    out.add(x -> w.with(x, w.chainOf(x).withRule(ri, w.chainOf(x).rules().get(ri).withoutMatch(mi))));
                }
            }
        }
        return out;
    }
}
