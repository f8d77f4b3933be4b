package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;
import java.util.Optional;

/**
 * The ordered addresses an application ends up with, and every reason line that produced the order.
 *
 * @param fromCache true if this came from the process cache instead of a DNS query
 */
public record Resolution(List<IpAddress> addresses, List<String> reasons, boolean fromCache) {
    public Resolution {
        addresses = List.copyOf(addresses);
        reasons = List.copyOf(reasons);
    }

    /** The address a "first result" application uses. */
    public Optional<IpAddress> first() {
        return addresses.stream().findFirst();
    }

    public String explain() {
        return String.join("\n", reasons);
    }
}
