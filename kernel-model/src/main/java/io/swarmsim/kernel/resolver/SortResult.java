package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;

/**
 * A sorter's output: the ordered addresses and the reasons, one line each: an overall line, then
 * (for comparator sorts) the rule that decided each adjacent pair of the output.
 */
public record SortResult(List<IpAddress> addresses, List<String> reasons) {
    public SortResult {
        addresses = List.copyOf(addresses);
        reasons = List.copyOf(reasons);
    }

    public String explain() {
        return String.join("\n", reasons);
    }
}
