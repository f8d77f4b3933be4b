package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;

/**
 * A sorter's output: the ordered addresses and the reasons, one line each: an overall line, then
 * (for comparator sorts) the rule that decided each adjacent pair of the output.
 *
 * @param pairs the same decisions typed: for a sorter that compared, one entry per adjacent pair
 *     of {@code addresses} ({@code pairs.get(i)} is {@code addresses[i]} before
 *     {@code addresses[i + 1]}); empty when nothing was compared
 */
public record SortResult(List<IpAddress> addresses, List<String> reasons, List<TraceEvent.SortPair> pairs) {
    public SortResult {
        addresses = List.copyOf(addresses);
        reasons = List.copyOf(reasons);
        pairs = List.copyOf(pairs);
        checkAdjacent(addresses, pairs);
    }

    /** A result of a sorter that compared nothing (no pairs). */
    public SortResult(List<IpAddress> addresses, List<String> reasons) {
        this(addresses, reasons, List.of());
    }

    public String explain() {
        return String.join("\n", reasons);
    }

    /** Fails unless {@code pairs} is empty or names exactly the adjacent pairs of {@code order}. */
    static void checkAdjacent(List<IpAddress> order, List<TraceEvent.SortPair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        if (pairs.size() != order.size() - 1) {
            throw new IllegalArgumentException(pairs.size() + " pairs for " + order.size() + " addresses");
        }
        for (int i = 0; i < pairs.size(); i++) {
            TraceEvent.SortPair p = pairs.get(i);
            if (!p.first().equals(order.get(i)) || !p.second().equals(order.get(i + 1))) {
                throw new IllegalArgumentException("pair " + i + " is " + p.first() + ", " + p.second()
                    + " but the order has " + order.get(i) + ", " + order.get(i + 1));
            }
        }
    }
}
