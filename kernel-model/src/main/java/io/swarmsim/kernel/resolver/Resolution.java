package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import java.util.Optional;

/**
 * The ordered addresses an application ends up with, and every reason line that produced the order.
 * The typed parts ({@code input}, {@code pairs}, {@code profile}) are what a
 * {@link TraceEvent.ResolverSort} event needs; {@code reasons} are the same decisions in words.
 *
 * @param profile the client profile that ordered the answer, e.g. {@code curl} (empty when the
 *     resolution was not made by a profile, see {@link #Resolution(List, List, boolean)})
 * @param input the addresses as the resolver assembled them from the answer, before any sorting
 * @param addresses the final order, after the sort and any family regrouping
 * @param pairs one entry per adjacent pair of {@code addresses} ({@code pairs.get(i)} is
 *     {@code addresses[i]} before {@code addresses[i + 1]}) with the rule that decided it; empty
 *     when nothing compared or reordered the addresses (gethostbyname, dig, musl on IPv4 only)
 * @param reasons every reason line, in order, as the reports print them
 * @param fromCache true if this came from the process cache instead of a DNS query; {@code input}
 *     and {@code pairs} are then those of the lookup that filled the cache (no sort ran now)
 */
public record Resolution(String profile, List<IpAddress> input, List<IpAddress> addresses,
                         List<TraceEvent.SortPair> pairs, List<String> reasons, boolean fromCache) {
    public Resolution {
        if (profile == null) {
            throw new IllegalArgumentException("profile is required (empty when unknown)");
        }
        input = List.copyOf(input);
        addresses = List.copyOf(addresses);
        pairs = List.copyOf(pairs);
        reasons = List.copyOf(reasons);
        SortResult.checkAdjacent(addresses, pairs);
    }

    /**
     * A resolution that no profile sorted here (a literal address, an entry rebuilt from another
     * resolution): no profile name, the input is {@code addresses} as given, no pairs.
     */
    public Resolution(List<IpAddress> addresses, List<String> reasons, boolean fromCache) {
        this("", addresses, addresses, List.of(), reasons, fromCache);
    }

    /** The same resolution with other reason lines (e.g. a cache line appended). */
    public Resolution withReasons(List<String> newReasons) {
        return new Resolution(profile, input, addresses, pairs, newReasons, fromCache);
    }

    /** The same resolution served from a process cache, with the reason lines of the hit. */
    public Resolution asCacheHit(List<String> newReasons) {
        return new Resolution(profile, input, addresses, pairs, newReasons, true);
    }

    /** The address a "first result" application uses. */
    public Optional<IpAddress> first() {
        return addresses.stream().findFirst();
    }

    public String explain() {
        return String.join("\n", reasons);
    }
}
