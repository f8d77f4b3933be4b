package io.swarmsim.kernel.text;

import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.Comparator;
import java.util.List;

/**
 * {@code ip -6 route} and {@code ip -6 route show table local} (iproute2 6.1, kernel 6.18): the
 * routes addrconf makes, as the model sends no router advertisements and configures no IPv6
 * addresses but the kernel's own ({@code ::1}, EUI-64 {@code fe80::}).
 * <ul>
 * <li>main: {@code fe80::/64 dev D proto kernel metric 256 pref medium} for every device with a
 *     link-local address and carrier (addrconf waits for the carrier: a bridge without ports has
 *     none);</li>
 * <li>local: {@code local A dev D proto kernel metric 0 pref medium} for each address, by address;
 *     then {@code multicast ff00::/8 dev D proto kernel metric 256 pref medium} for the same devices
 *     as the main table (not lo, which is not multicast).</li>
 * </ul>
 * Routes to one prefix are listed in the order the devices got their carrier, which the model takes
 * to be the order it made them in (its interface indexes); a real node's order follows the timing of
 * Docker's sandboxes and can differ. Where IPv6 is off ({@code disable_ipv6}) there is nothing.
 */
public final class Ipv6RoutePrinter {
    private static final String TAIL = " proto kernel metric 256 pref medium\n";

    private Ipv6RoutePrinter() {
    }

    public static String printMain(NetNamespace ns) {
        StringBuilder sb = new StringBuilder();
        for (NetDevice d : configured(ns)) {
            sb.append("fe80::/64 dev ").append(d.name()).append(TAIL);
        }
        return sb.toString();
    }

    public static String printLocal(NetNamespace ns) {
        StringBuilder sb = new StringBuilder();
        ns.addresses().stream().filter(a -> a.address().isV6()).sorted(Comparator.comparing(InterfaceAddress::address))
                .forEach(a -> sb.append("local ").append(a.address()).append(" dev ").append(a.device())
                        .append(" proto kernel metric 0 pref medium\n"));
        for (NetDevice d : configured(ns)) {
            sb.append("multicast ff00::/8 dev ").append(d.name()).append(TAIL);
        }
        return sb.toString();
    }

    /** Devices addrconf configured: not lo, with carrier and a link-local address, by interface index. */
    private static List<NetDevice> configured(NetNamespace ns) {
        return ns.devices().stream().filter(d -> !d.isLoopback() && LinkLine.carrier(ns, d.name())
                && ns.addresses().stream().anyMatch(a -> a.device().equals(d.name()) && a.address().isLinkLocal()))
                .sorted(Comparator.comparingInt(NetDevice::ifindex)).toList();
    }
}
