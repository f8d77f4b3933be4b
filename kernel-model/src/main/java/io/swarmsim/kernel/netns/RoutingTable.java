package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The local and main tables of a namespace, looked up local first, longest prefix wins. */
public final class RoutingTable {
    private final List<Route> local = new ArrayList<>();
    private final List<Route> main = new ArrayList<>();

    public void add(Route r) {
        (r.type() == Route.Type.UNICAST ? main : local).add(r);
    }

    public List<Route> main() {
        return List.copyOf(main);
    }

    public List<Route> local() {
        return List.copyOf(local);
    }

    public Optional<Route> lookup(IpAddress dst) {
        Optional<Route> l = longest(local, dst);
        return l.isPresent() ? l : longest(main, dst);
    }

    private static Optional<Route> longest(List<Route> routes, IpAddress dst) {
        Route best = null;
        for (Route r : routes) {
            if (r.type() == Route.Type.BROADCAST) {
                continue;
            }
            if (r.destination().contains(dst) && (best == null || r.destination().length() > best.destination().length())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }
}
