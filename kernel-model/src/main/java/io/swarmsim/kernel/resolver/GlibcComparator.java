package io.swarmsim.kernel.resolver;

import java.util.Optional;

/**
 * glibc's {@code rfc3484_sort}: rules 1–3, 5, 6, 8 (glibc default policy table), 9 as
 * {@link GlibcRule9}, and 10 (original index), so it never returns 0; a rule-10 verdict is a
 * {@linkplain PairVerdict#tie() tie}.
 */
final class GlibcComparator implements PairComparator {
    private final DestinationRules rules;
    private final GlibcRule9 rule9;

    GlibcComparator(ScopeModel scopes, Rule9Ipv4 rule9Mode) {
        this.rules = new DestinationRules("glibc", PolicyTable.GLIBC_DEFAULT, scopes, true);
        this.rule9 = new GlibcRule9(rule9Mode);
    }

    Rule9Ipv4 rule9Mode() {
        return rule9.mode();
    }

    @Override
    public PairVerdict compare(Candidate a, Candidate b, ClientHost host) {
        boolean v6 = host.hasNonLoopbackIpv6();
        Optional<PairVerdict> early = rules.decide(a, b, v6);
        if (early.isPresent()) {
            return early.get();
        }
        String why;
        if (a.usable() && a.destination().bits() == b.destination().bits()) {
            PairVerdict r9 = rule9.compare(a, b, v6);
            if (r9.sign() != 0) {
                return r9;
            }
            why = r9.text();
        } else {
            Candidate x = a.index() < b.index() ? a : b;
            Candidate y = a.index() < b.index() ? b : a;
            why = "glibc rule 10: rules 1-8 tie and rule 9 needs two usable destinations of one family; "
                + x.destination() + " came before " + y.destination() + " in the answer";
        }
        return PairVerdict.byPosition(a.index() < b.index(), why);
    }
}
