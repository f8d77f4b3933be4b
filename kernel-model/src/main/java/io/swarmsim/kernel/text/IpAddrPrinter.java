package io.swarmsim.kernel.text;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code ip addr} / {@code ip a} (iproute2 6.1): for each device in ifindex order its two
 * {@link LinkLine link lines}, then its IPv4 addresses, then its IPv6 addresses, each followed by
 * {@code valid_lft forever preferred_lft forever}.
 *
 * <ul>
 * <li>IPv4: {@code inet A/L [brd B] scope S LABEL} in the order they were added. {@code brd} is
 *     printed for an address added with its broadcast address ({@link InterfaceAddress#broadcast()}):
 *     Docker 17.12 and later add theirs through a netlink library that sets it ({@code brd +}),
 *     earlier releases through one that did not; the kernel's own 127.0.0.1/8 on lo has none.</li>
 * <li>IPv6: {@code inet6 A/L scope S } (iproute2 leaves a space after the scope), ordered as the
 *     kernel keeps them: by scope, widest first (global, link, host), newest first within a scope.
 *     The model holds IPv6 addresses explicitly: a device shows {@code fe80::} only when the model
 *     gave it one, and lo shows {@code ::1} only when the model put it there.</li>
 * </ul>
 */
public final class IpAddrPrinter {
    private static final String LIFETIME = "       valid_lft forever preferred_lft forever\n";

    private IpAddrPrinter() {
    }

    public static String print(NetNamespace ns, LinkPeers links) {
        return print(ns, links, false, null);
    }

    /**
     * @param ipv4Only {@code ip -4 addr}: only devices with an IPv4 address, without their link line or IPv6 addresses
     *                 (the peer's namespace then ends the header: {@code link-netnsid N})
     * @param device   {@code ip addr show dev X}: only that device, or null for all
     */
    public static String print(NetNamespace ns, LinkPeers links, boolean ipv4Only, String device) {
        StringBuilder sb = new StringBuilder();
        for (NetDevice d : Devices.inIfindexOrder(ns)) {
            if (device != null && !d.name().equals(device) || ipv4Only && ipv4(ns, d.name()).isEmpty()) {
                continue;
            }
            Optional<LinkPeers.Link> l = links.link(d);
            sb.append(LinkLine.header(ns, d, l, false));
            if (ipv4Only) {
                // without the link line, iproute2 puts the peer's namespace at the end of the header
                l.filter(LinkPeers.Link::remote).ifPresent(x -> sb.append(" link-netnsid ").append(x.netnsid()));
                sb.append('\n');
            } else {
                sb.append('\n').append(LinkLine.link(d, l)).append('\n');
            }
            for (InterfaceAddress a : ipv4(ns, d.name())) {
                sb.append(inet(a)).append('\n').append(LIFETIME);
            }
            for (InterfaceAddress a : ipv4Only ? List.<InterfaceAddress>of() : ipv6(ns, d.name())) {
                sb.append("    inet6 ").append(a.prefix()).append(" scope ").append(a.scope().word()).append(" \n").append(LIFETIME);
            }
        }
        return sb.toString();
    }

    /**
     * {@code ip -6 addr [show dev X]}: the devices with an IPv6 address and those addresses only.
     * Listing every device, iproute2 6.1 prints a short header ({@link LinkLine#briefHeader}); for one
     * device ({@code dev X}) the full one with the peer's namespace at its end, as {@code ip -4 addr}.
     */
    public static String printIpv6(NetNamespace ns, LinkPeers links, String device) {
        StringBuilder sb = new StringBuilder();
        for (NetDevice d : Devices.inIfindexOrder(ns)) {
            List<InterfaceAddress> v6 = ipv6(ns, d.name());
            if (device != null && !d.name().equals(device) || v6.isEmpty()) {
                continue;
            }
            if (device == null) {
                sb.append(LinkLine.briefHeader(ns, d)).append('\n');
            } else {
                Optional<LinkPeers.Link> l = links.link(d);
                sb.append(LinkLine.header(ns, d, l, false));
                l.filter(LinkPeers.Link::remote).ifPresent(x -> sb.append(" link-netnsid ").append(x.netnsid()));
                sb.append('\n');
            }
            for (InterfaceAddress a : v6) {
                sb.append("    inet6 ").append(a.prefix()).append(" scope ").append(a.scope().word()).append(" \n").append(LIFETIME);
            }
        }
        return sb.toString();
    }

    static String inet(InterfaceAddress a) {
        StringBuilder sb = new StringBuilder("    inet ").append(a.prefix());
        if (a.broadcast()) {
            sb.append(" brd ").append(broadcast(a));
        }
        return sb.append(" scope ").append(a.scope().word()).append(' ').append(a.device()).toString();
    }

    /** The subnet's broadcast address (host bits set). */
    static IpAddress broadcast(InterfaceAddress a) {
        return IpAddress.v4(a.prefix().network().address().toInt() | ~a.prefix().maskV4());
    }

    private static List<InterfaceAddress> ipv4(NetNamespace ns, String dev) {
        return ns.addresses().stream().filter(a -> a.device().equals(dev) && a.address().isV4()).toList();
    }

    private static List<InterfaceAddress> ipv6(NetNamespace ns, String dev) {
        List<InterfaceAddress> v6 = new ArrayList<>(ns.addresses().stream()
                .filter(a -> a.device().equals(dev) && a.address().isV6()).toList());
        java.util.Collections.reverse(v6);
        v6.sort(Comparator.comparingInt(IpAddrPrinter::scopeRank));
        return v6;
    }

    private static int scopeRank(InterfaceAddress a) {
        return a.scope() == Scope.GLOBAL ? 0 : a.scope() == Scope.LINK ? 1 : 2;
    }
}
