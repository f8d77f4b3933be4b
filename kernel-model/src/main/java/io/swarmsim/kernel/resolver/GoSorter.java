package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;

/** Go's pure resolver: {@code sortByRFC6724} with {@code sort.Stable}, for two or more addresses. */
public final class GoSorter implements AddressSorter {
    private final GoComparator comparator = new GoComparator();

    @Override
    public String name() {
        return "go-pure";
    }

    @Override
    public SortResult sort(List<IpAddress> input, ClientHost host) {
        if (input.size() < 2) {
            return new SortResult(input, List.of("go-pure: " + input.size() + " address, nothing to sort"));
        }
        return PairwiseSorter.sort("go-pure: RFC 6724 rules 1, 2, 5, 6, 8, rule 9 for IPv6 only, stable sort;"
            + " sorting " + input.size() + " addresses", input, host, comparator, List.of());
    }
}
