package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts with a {@link PairComparator} (stable merge sort) and explains the result: one header line
 * and, for each adjacent pair of the output, the rule that put it in that order, as a reason line
 * and as a typed pair from the same verdict.
 */
final class PairwiseSorter {
    private PairwiseSorter() {
    }

    static List<Candidate> candidates(List<IpAddress> input, ClientHost host) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            out.add(new Candidate(input.get(i), i, host.selectSource(input.get(i))));
        }
        return out;
    }

    static SortResult sort(String header, List<IpAddress> input, ClientHost host, PairComparator cmp,
                           List<String> notes) {
        List<Candidate> sorted = MergeSort.sort(candidates(input, host), (a, b) -> cmp.compare(a, b, host).sign());
        List<String> reasons = new ArrayList<>();
        reasons.add(header);
        reasons.addAll(notes);
        List<IpAddress> out = new ArrayList<>();
        List<TraceEvent.SortPair> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.add(sorted.get(i).destination());
            if (i + 1 < sorted.size()) {
                PairVerdict v = cmp.compare(sorted.get(i), sorted.get(i + 1), host);
                reasons.add(v.text());
                pairs.add(v.toPair(sorted.get(i).destination(), sorted.get(i + 1).destination()));
            }
        }
        return new SortResult(out, reasons, pairs);
    }
}
