package io.swarmsim.kernel.text;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.Route;
import io.swarmsim.kernel.netns.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The local routing table as the kernel fills it (fib_add_ifaddr), for printing. The model keeps
 * only the routes it needs for lookups ({@code local A/32}, and {@code local 127.0.0.0/8} for lo);
 * the kernel also has, for every IPv4 address A/L on device D:
 * <ul>
 * <li>{@code local A dev D proto kernel scope host src A} (on lo too, next to the /8);</li>
 * <li>on a loopback device, {@code local NET/L dev D proto kernel scope host src A};</li>
 * <li>for L &lt; 31, {@code broadcast BCAST dev D proto kernel scope link src A}.</li>
 * </ul>
 * Those are derived here and merged with the model's local routes (model first, a derived route
 * dropped when the model already has one of the same type, destination and device).
 */
final class KernelLocalRoutes {
    private KernelLocalRoutes() {
    }

    static List<Route> of(NetNamespace ns) {
        List<Route> out = new ArrayList<>(ns.routes().local());
        for (InterfaceAddress a : ns.addresses()) {
            if (!a.address().isV4()) {
                continue;
            }
            IpAddress addr = a.address();
            boolean loopbackDevice = ns.device(a.device()).map(NetDevice::isLoopback).orElse(false);
            if (loopbackDevice && a.prefix().length() < 32) {
                add(out, new Route(Route.Type.LOCAL, a.prefix().network(), a.device(), null, addr, Scope.HOST, Route.Protocol.KERNEL));
            }
            add(out, new Route(Route.Type.LOCAL, new Prefix(addr, 32), a.device(), null, addr, Scope.HOST, Route.Protocol.KERNEL));
            if (a.prefix().length() < 31) {
                add(out, new Route(Route.Type.BROADCAST, new Prefix(IpAddrPrinter.broadcast(a), 32), a.device(), null, addr,
                        Scope.LINK, Route.Protocol.KERNEL));
            }
        }
        return out;
    }

    private static void add(List<Route> routes, Route r) {
        for (Route x : routes) {
            if (x.type() == r.type() && x.device().equals(r.device()) && x.destination().network().equals(r.destination().network())) {
                return;
            }
        }
        routes.add(r);
    }
}
