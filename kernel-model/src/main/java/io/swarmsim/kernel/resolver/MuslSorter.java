package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * musl's {@code __lookup_name} sort: skipped for fewer than two results or an IPv4-only result;
 * otherwise one integer key per address (RFC 6724 table, rules 1, 2, 5, 6, 8, 9 over 128 bits of
 * the v4-mapped forms, 10), sorted descending. Keys are unique because of the {@code 48 - i} term.
 */
public final class MuslSorter implements AddressSorter {
    private static final int MAXADDRS = 48;
    private static final PolicyTable TABLE = PolicyTable.RFC6724;
    private static final ScopeModel SCOPES = ScopeModel.MUSL;

    /** The key's fields, most significant first. */
    record Key(Candidate c, boolean usable, boolean scopeMatch, boolean labelMatch, int precedence, int scope,
               int prefixLength) {
        long value() {
            long k = 0;
            if (usable) {
                k |= 1L << 30;
                k |= scopeMatch ? 1L << 29 : 0;
                k |= labelMatch ? 1L << 28 : 0;
                k |= (long) prefixLength << 8;
            }
            return k | (long) precedence << 20 | (long) (15 - scope) << 16 | (MAXADDRS - c.index());
        }
    }

    @Override
    public String name() {
        return "musl";
    }

    @Override
    public SortResult sort(List<IpAddress> input, ClientHost host) {
        if (input.size() < 2) {
            return new SortResult(input, List.of("musl: " + input.size() + " address, not sorted"));
        }
        if (input.stream().allMatch(IpAddress::isV4)) {
            return new SortResult(input, List.of("musl: IPv4-only answer, not sorted; DNS order kept"));
        }
        List<Key> keys = new ArrayList<>();
        for (Candidate c : PairwiseSorter.candidates(input, host)) {
            keys.add(key(c));
        }
        keys.sort(Comparator.comparingLong(Key::value).reversed());
        List<String> reasons = new ArrayList<>();
        reasons.add("musl: mixed IPv4/IPv6 answer, sorted by descending key (RFC 6724 table, rule 9 over"
            + " 128 bits of the v4-mapped forms, no subnet check)");
        List<IpAddress> out = new ArrayList<>();
        List<TraceEvent.SortPair> pairs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out.add(keys.get(i).c().destination());
            if (i + 1 < keys.size()) {
                PairVerdict v = explain(keys.get(i), keys.get(i + 1));
                reasons.add(v.text());
                pairs.add(v.toPair(keys.get(i).c().destination(), keys.get(i + 1).c().destination()));
            }
        }
        return new SortResult(out, reasons, pairs);
    }

    static Key key(Candidate c) {
        IpAddress d = c.destination();
        int prec = TABLE.precedence(d);
        int dscope = SCOPES.scope(d);
        if (!c.usable()) {
            return new Key(c, false, false, false, prec, dscope, 0);
        }
        IpAddress s = c.src();
        return new Key(c, true, SCOPES.scope(s) == dscope, TABLE.label(s) == TABLE.label(d), prec, dscope,
            s.toV4Mapped().commonPrefixLength(d.toV4Mapped()));
    }

    /** Why {@code w} (the higher key) precedes {@code l}: the most significant key field that differs. */
    private static PairVerdict explain(Key w, Key l) {
        IpAddress wd = w.c().destination();
        IpAddress ld = l.c().destination();
        String keys = String.format(Locale.ROOT, " [key 0x%08X > 0x%08X]", w.value(), l.value());
        if (w.usable() != l.usable()) {
            return PairVerdict.first("musl rule 1: " + wd + " is usable (source " + w.c().src() + "), " + ld
                + " is not (no route, so no source address)" + keys);
        }
        if (w.usable() && w.scopeMatch() != l.scopeMatch()) {
            return PairVerdict.first("musl rule 2: " + wd + " has the same scope as its source, " + ld + " does not"
                + keys);
        }
        if (w.usable() && w.labelMatch() != l.labelMatch()) {
            return PairVerdict.first("musl rule 5: " + wd + " has the same label as its source, " + ld + " does not"
                + keys);
        }
        if (w.precedence() != l.precedence()) {
            return PairVerdict.first("musl rule 6: " + wd + " has precedence " + w.precedence() + ", " + ld
                + " has " + l.precedence() + " (" + TABLE + ")" + keys);
        }
        if (w.scope() != l.scope()) {
            return PairVerdict.first("musl rule 8: " + wd + " has the smaller scope, "
                + ScopeModel.describe(w.scope()) + " vs " + ScopeModel.describe(l.scope()) + keys);
        }
        if (w.usable() && w.prefixLength() != l.prefixLength()) {
            return PairVerdict.first("musl rule 9: " + wd + " shares " + w.prefixLength() + " leading bits with "
                + w.c().src() + mappedNote(w) + ", " + ld + " shares " + l.prefixLength() + mappedNote(l) + keys);
        }
        return PairVerdict.byPosition(true, "musl rule 10: keys tie apart from position; " + wd
            + " came first (AAAA records before A)" + keys);
    }

    private static String mappedNote(Key k) {
        return k.c().destination().isV4() ? " (v4-mapped, 96 + " + (k.prefixLength() - 96) + ")" : "";
    }
}
