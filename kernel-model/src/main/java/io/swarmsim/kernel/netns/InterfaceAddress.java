package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;

/** An address assigned to a device ({@code ip addr add 10.0.0.2/24 dev eth0}). */
public record InterfaceAddress(Prefix prefix, String device, Scope scope) {
    public IpAddress address() {
        return prefix.address();
    }

    public static InterfaceAddress of(String cidr, String device) {
        Prefix p = Prefix.parse(cidr);
        Scope s = p.address().isLoopback() ? Scope.HOST : p.address().isLinkLocal() ? Scope.LINK : Scope.GLOBAL;
        return new InterfaceAddress(p, device, s);
    }
}
