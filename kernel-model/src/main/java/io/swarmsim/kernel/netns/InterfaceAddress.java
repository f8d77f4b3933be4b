package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;

/**
 * An address assigned to a device ({@code ip addr add 10.0.0.2/24 [brd +] dev eth0}); {@code broadcast}:
 * whether it was added with its subnet's broadcast address (IPv4 only; {@code ip addr} prints it as {@code brd}).
 */
public record InterfaceAddress(Prefix prefix, String device, Scope scope, boolean broadcast) {
    public IpAddress address() {
        return prefix.address();
    }

    /** With the broadcast address where IPv4 has one (not loopback, length 30 or less), as {@code brd +} adds it. */
    public static InterfaceAddress of(String cidr, String device) {
        return of(cidr, device, true);
    }

    /** {@code withBroadcast} false: added without one, as netlink libraries before mid-2017 did. */
    public static InterfaceAddress of(String cidr, String device, boolean withBroadcast) {
        Prefix p = Prefix.parse(cidr);
        Scope s = p.address().isLoopback() ? Scope.HOST : p.address().isLinkLocal() ? Scope.LINK : Scope.GLOBAL;
        boolean brd = withBroadcast && p.address().isV4() && !p.address().isLoopback() && p.length() <= 30;
        return new InterfaceAddress(p, device, s, brd);
    }
}
