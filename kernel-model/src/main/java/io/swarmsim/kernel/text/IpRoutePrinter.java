package io.swarmsim.kernel.text;

import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.Route;
import io.swarmsim.kernel.netns.Scope;
import java.util.Comparator;
import java.util.List;

/**
 * {@code ip route} (the main table) and {@code ip route show table local} (iproute2 6.1), IPv4.
 *
 * <p>Each line is {@code [TYPE ]DEST [via GW] dev DEV [proto P] [scope S] [src A] } with the
 * trailing space iproute2 leaves. The type word appears for non-unicast routes only ({@code local},
 * {@code broadcast}); {@code default} stands for 0.0.0.0/0 and a /32 prints without its length;
 * {@code proto boot} (what {@code ip route add} and Docker's netlink library install) and
 * {@code scope global} are not printed.
 *
 * <p>A route through a device without carrier (a bridge without ports, as dockerd's docker0 with no
 * container) ends in {@code linkdown}, except a {@code local} route (recorded on kernel 6.18).
 *
 * <p>Order is the kernel's FIB trie walk: by destination address, and for the same address the
 * longer prefix first; routes equal in both keep the order they were added in.
 */
public final class IpRoutePrinter {
    /** Trie order: network address (unsigned), then longer prefix first. */
    static final Comparator<Route> TRIE_ORDER = Comparator
            .comparing((Route r) -> r.destination().network().address())
            .thenComparing(Comparator.comparingInt((Route r) -> r.destination().length()).reversed());

    private IpRoutePrinter() {
    }

    /** {@code ip route}: the model's main table. */
    public static String printMain(NetNamespace ns) {
        return print(ns.routes().main(), false, ns);
    }

    /** {@code ip route show table local}: see {@link KernelLocalRoutes} for what is derived. */
    public static String printLocal(NetNamespace ns) {
        return print(KernelLocalRoutes.of(ns), true, ns);
    }

    private static String print(List<Route> routes, boolean typed, NetNamespace ns) {
        StringBuilder sb = new StringBuilder();
        routes.stream().filter(r -> r.destination().address().isV4()).sorted(TRIE_ORDER).forEach(r -> {
            sb.append(line(r, typed));
            if (r.type() != Route.Type.LOCAL && !LinkLine.carrier(ns, r.device())) {
                sb.append("linkdown ");
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    /** One route as iproute2 prints it; {@code typed} prints the type word of local/broadcast routes. */
    public static String line(Route r, boolean typed) {
        StringBuilder sb = new StringBuilder();
        if (typed && r.type() != Route.Type.UNICAST) {
            sb.append(r.type() == Route.Type.LOCAL ? "local " : "broadcast ");
        }
        sb.append(destination(r));
        if (r.gateway() != null) {
            sb.append(" via ").append(r.gateway());
        }
        sb.append(" dev ").append(r.device());
        if (r.protocol() != Route.Protocol.BOOT) {
            sb.append(" proto ").append(r.protocol().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (r.scope() != Scope.GLOBAL) {
            sb.append(" scope ").append(r.scope().word());
        }
        if (r.preferredSource() != null) {
            sb.append(" src ").append(r.preferredSource());
        }
        return sb.append(' ').toString();
    }

    private static String destination(Route r) {
        int len = r.destination().length();
        if (len == 0) {
            return "default";
        }
        String addr = r.destination().network().address().toString();
        return len == r.destination().address().bits() ? addr : addr + "/" + len;
    }
}
