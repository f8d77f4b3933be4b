package io.swarmsim.kernel.resolver;

import java.util.Optional;

/**
 * Go's {@code addrselect.go} comparator: rules 1, 2, 5, 6, 8 with the RFC 6724 table, rule 9 only
 * when both destinations are IPv6 (common prefix capped at 64 bits), and otherwise "equal", so the
 * stable sort keeps the input order (rule 10).
 */
final class GoComparator implements PairComparator {
    private static final int IPV6_CAP = 64;
    private final DestinationRules rules = new DestinationRules("go", PolicyTable.RFC6724, ScopeModel.GO, false);

    @Override
    public PairVerdict compare(Candidate a, Candidate b, ClientHost host) {
        Optional<PairVerdict> early = rules.decide(a, b, false);
        if (early.isPresent()) {
            return early.get();
        }
        Candidate x = a.index() < b.index() ? a : b;
        Candidate y = a.index() < b.index() ? b : a;
        if (a.usable() && a.destination().isV6() && b.destination().isV6()) {
            int ca = Math.min(IPV6_CAP, a.src().commonPrefixLength(a.destination()));
            int cb = Math.min(IPV6_CAP, b.src().commonPrefixLength(b.destination()));
            if (ca != cb) {
                Candidate w = ca > cb ? a : b;
                Candidate l = ca > cb ? b : a;
                return PairVerdict.of(ca > cb, "go rule 9: " + w.destination() + " shares " + Math.max(ca, cb)
                    + " leading bits with " + w.src() + ", " + l.destination() + " shares " + Math.min(ca, cb)
                    + " (capped at 64)");
            }
            return new PairVerdict(0, "go rule 9 tie (" + ca + " bits each, capped at 64); stable sort keeps DNS"
                + " order (" + x.destination() + " before " + y.destination() + ")");
        }
        return new PairVerdict(0, "go: no rule decided (Go applies rule 9 to IPv6 pairs only); stable sort keeps"
            + " DNS order (" + x.destination() + " before " + y.destination() + ")");
    }
}
