package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An immutable client namespace: addresses with prefixes, the connected routes they imply, extra
 * routes and default gateways. Source selection is a simplified Linux model: longest-prefix route
 * match, then an address of the same family, preferring the outgoing interface, for IPv6 an
 * adequate scope and a non-deprecated address, then the longest common prefix with the destination.
 */
public final class StaticClientHost implements ClientHost {
    /** One address as {@code ip addr} shows it. */
    public record HostAddress(Prefix prefix, int interfaceIndex, boolean deprecated) {
        public IpAddress address() {
            return prefix.address();
        }
    }

    /** One route; {@code gateway} is informational (source selection does not need it). */
    public record Route(Prefix destination, int interfaceIndex, Optional<IpAddress> gateway) {
        public Route {
            destination = destination.network();
        }
    }

    private final List<HostAddress> addresses;
    private final List<Route> routes;

    private StaticClientHost(List<HostAddress> addresses, List<Route> routes) {
        this.addresses = List.copyOf(addresses);
        this.routes = List.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<HostAddress> addresses() {
        return addresses;
    }

    public List<Route> routes() {
        return routes;
    }

    @Override
    public boolean hasNonLoopbackIpv6() {
        return addresses.stream().anyMatch(h -> h.address().isV6() && !h.address().isLoopback());
    }

    @Override
    public Optional<SourceSelection> selectSource(IpAddress destination) {
        for (HostAddress h : addresses) {
            if (h.address().equals(destination)) {
                return Optional.of(selection(h));
            }
        }
        Optional<Route> route = routes.stream()
            .filter(r -> r.destination().contains(destination))
            .max(Comparator.comparingInt(r -> r.destination().length()));
        if (route.isEmpty()) {
            return Optional.empty();
        }
        int oif = route.get().interfaceIndex();
        return addresses.stream()
            .filter(h -> h.address().bits() == destination.bits())
            .filter(h -> destination.isLoopback() || !h.address().isLoopback())
            .min(preference(destination, oif))
            .map(StaticClientHost::selection);
    }

    private static Comparator<HostAddress> preference(IpAddress dst, int oif) {
        Comparator<HostAddress> c = Comparator.comparingInt(h -> h.interfaceIndex() == oif ? 0 : 1);
        if (dst.isV6()) {
            int dstScope = ScopeModel.GLIBC_2_17.scope(dst);
            c = c.thenComparingInt(h -> {
                int s = ScopeModel.GLIBC_2_17.scope(h.address());
                return s >= dstScope ? s - dstScope : 100 + dstScope - s;
            });
            c = c.thenComparingInt(h -> h.deprecated() ? 1 : 0);
        } else {
            c = c.thenComparingInt(h -> h.prefix().contains(dst) ? 0 : 1);
        }
        // Stream.min keeps the first of equal elements, so declaration order breaks the last tie.
        return c.thenComparingInt(h -> -h.address().commonPrefixLength(dst));
    }

    private static SourceSelection selection(HostAddress h) {
        return new SourceSelection(h.address(), h.prefix().length(), h.interfaceIndex(), h.deprecated());
    }

    /** Builds a host; every address with a prefix shorter than its full length adds its connected route. */
    public static final class Builder {
        private final List<HostAddress> addresses = new ArrayList<>();
        private final List<Route> routes = new ArrayList<>();

        private Builder() {
        }

        public Builder address(int interfaceIndex, String prefix) {
            return address(interfaceIndex, prefix, false);
        }

        public Builder address(int interfaceIndex, String prefix, boolean deprecated) {
            Prefix p = Prefix.parse(prefix);
            addresses.add(new HostAddress(p, interfaceIndex, deprecated));
            if (p.length() < p.address().bits()) {
                routes.add(new Route(p, interfaceIndex, Optional.empty()));
            }
            return this;
        }

        /** {@code lo} (index 1) with 127.0.0.1/8 and, if asked, ::1/128. */
        public Builder loopback(boolean withIpv6) {
            address(1, "127.0.0.1/8");
            if (withIpv6) {
                address(1, "::1/128");
            }
            return this;
        }

        /** An on-link route, e.g. {@code 10.0.0.0/24 dev v0} next to a /32 address. */
        public Builder route(String prefix, int interfaceIndex) {
            routes.add(new Route(Prefix.parse(prefix), interfaceIndex, Optional.empty()));
            return this;
        }

        /** {@code default via gateway dev interfaceIndex} for the gateway's family. */
        public Builder defaultRoute(String gateway, int interfaceIndex) {
            IpAddress gw = IpAddress.parse(gateway);
            Prefix any = new Prefix(gw.isV4() ? IpAddress.v4(0) : IpAddress.parse("::"), 0);
            routes.add(new Route(any, interfaceIndex, Optional.of(gw)));
            return this;
        }

        public StaticClientHost build() {
            return new StaticClientHost(addresses, routes);
        }
    }
}
