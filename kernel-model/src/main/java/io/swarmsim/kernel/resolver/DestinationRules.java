package io.swarmsim.kernel.resolver;

import java.util.Optional;

/**
 * The RFC 3484/6724 destination rules that glibc and Go share: 1 (usable), 2 (matching scope),
 * 3 (deprecated source, glibc only), 5 (matching label), 6 (precedence) and 8 (smaller scope).
 * Rule 4 (home addresses) and 7 (native transport) are not modelled: the simulator has neither
 * Mobile IPv6 nor tunnels, so they always tie.
 */
final class DestinationRules {
    private final String who;
    private final PolicyTable table;
    private final ScopeModel scopes;
    private final boolean rule3;

    DestinationRules(String who, PolicyTable table, ScopeModel scopes, boolean rule3) {
        this.who = who;
        this.table = table;
        this.scopes = scopes;
        this.rule3 = rule3;
    }

    PolicyTable table() {
        return table;
    }

    /**
     * The first of rules 1–8 that decides, if any.
     *
     * @param deprecationVisible whether the source flags reach the comparator (glibc: only with a
     *     non-loopback IPv6 address, because the netlink list is dropped otherwise)
     */
    Optional<PairVerdict> decide(Candidate a, Candidate b, boolean deprecationVisible) {
        if (a.usable() != b.usable()) {
            Candidate w = a.usable() ? a : b;
            Candidate l = a.usable() ? b : a;
            return Optional.of(PairVerdict.of(a.usable(), who + " rule 1: " + w.destination() + " is usable (source "
                + w.src() + "), " + l.destination() + " is not (no route, so no source address)"));
        }
        if (a.usable()) {
            boolean ma = scopeMatches(a);
            boolean mb = scopeMatches(b);
            if (ma != mb) {
                Candidate w = ma ? a : b;
                Candidate l = ma ? b : a;
                return Optional.of(PairVerdict.of(ma, who + " rule 2: " + w.destination()
                    + " has the same scope as its source, " + l.destination() + " does not ("
                    + ScopeModel.describe(scopes.scope(l.destination())) + " vs source " + l.src() + " "
                    + ScopeModel.describe(scopes.scope(l.src())) + ")"));
            }
            if (rule3 && deprecationVisible) {
                boolean da = a.source().get().deprecated();
                boolean db = b.source().get().deprecated();
                if (da != db) {
                    Candidate w = da ? b : a;
                    Candidate l = da ? a : b;
                    return Optional.of(PairVerdict.of(!da, who + " rule 3: the source " + l.src() + " of "
                        + l.destination() + " is deprecated, the source of " + w.destination() + " is not"));
                }
            }
            boolean la = labelMatches(a);
            boolean lb = labelMatches(b);
            if (la != lb) {
                Candidate w = la ? a : b;
                Candidate l = la ? b : a;
                return Optional.of(PairVerdict.of(la, who + " rule 5: " + w.destination() + " has the same label ("
                    + table.label(w.destination()) + ") as its source, " + l.destination() + " has label "
                    + table.label(l.destination()) + " but its source " + l.src() + " has "
                    + table.label(l.src()) + " (" + table + ")"));
            }
        }
        int pa = table.precedence(a.destination());
        int pb = table.precedence(b.destination());
        if (pa != pb) {
            Candidate w = pa > pb ? a : b;
            Candidate l = pa > pb ? b : a;
            return Optional.of(PairVerdict.of(pa > pb, who + " rule 6: " + w.destination() + " has precedence "
                + Math.max(pa, pb) + ", " + l.destination() + " has " + Math.min(pa, pb) + " (" + table + ")"));
        }
        int sa = scopes.scope(a.destination());
        int sb = scopes.scope(b.destination());
        if (sa != sb) {
            Candidate w = sa < sb ? a : b;
            Candidate l = sa < sb ? b : a;
            return Optional.of(PairVerdict.of(sa < sb, who + " rule 8: " + w.destination() + " has the smaller scope, "
                + ScopeModel.describe(Math.min(sa, sb)) + " vs " + ScopeModel.describe(Math.max(sa, sb))
                + " for " + l.destination()));
        }
        return Optional.empty();
    }

    private boolean scopeMatches(Candidate c) {
        return scopes.scope(c.destination()) == scopes.scope(c.src());
    }

    private boolean labelMatches(Candidate c) {
        return table.label(c.destination()) == table.label(c.src());
    }
}
