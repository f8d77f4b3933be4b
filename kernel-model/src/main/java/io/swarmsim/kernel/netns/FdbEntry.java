package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;

/**
 * A forwarding database entry, as {@code bridge fdb show} prints it: learned by a bridge on a port
 * ({@code master br0}), or programmed on a vxlan device with the remote VTEP ({@code dst},
 * {@code self permanent}).
 */
public record FdbEntry(MacAddress mac, String device, String master, IpAddress dst, boolean self, boolean permanent) {
}
