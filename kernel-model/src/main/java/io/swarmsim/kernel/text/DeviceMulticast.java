package io.swarmsim.kernel.text;

import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.ArrayList;
import java.util.List;

/**
 * A device's link-layer multicast list as the kernel builds it for an up device, in the order the
 * entries are added (which is the order {@code bridge fdb show} lists them as {@code self permanent}).
 * Derived, not held by the model; recorded from kernel 6.18:
 * <ol>
 * <li>{@code 33:33:00:00:00:01} (ff02::1, joined when IPv6 attaches to the device, even when
 *     {@code disable_ipv6} is set), for devices with MTU of at least 1280;</li>
 * <li>for a bridge, the multicast router discovery groups its snooping joins when it opens:
 *     {@code 01:00:5e:00:00:6a} (224.0.0.106) and {@code 33:33:00:00:00:6a} (ff02::6a);</li>
 * <li>{@code 01:00:5e:00:00:01} (224.0.0.1, joined by IPv4 when the device comes up);</li>
 * <li>{@code 33:33:ff:XX:XX:XX}, the solicited-node group of each IPv6 address the model gives
 *     the device (its fe80:: address when IPv6 is on), in the order the addresses were added.</li>
 * </ol>
 * lo has no list (multicast is not mapped on loopback); vxlan devices list their own FDB instead.
 */
final class DeviceMulticast {
    private static final long IPV6_PREFIX = 0x3333L << 32;

    private DeviceMulticast() {
    }

    static List<MacAddress> of(NetNamespace ns, NetDevice d) {
        List<MacAddress> list = new ArrayList<>();
        if (d.isLoopback() || d.kind() == NetDevice.Kind.VXLAN) {
            return list;
        }
        boolean ipv6 = d.mtu() >= 1280;
        if (ipv6) {
            add(list, IPV6_PREFIX | 0x01);
        }
        if (d.kind() == NetDevice.Kind.BRIDGE) {
            add(list, 0x01005e00006aL);
            add(list, IPV6_PREFIX | 0x6a);
        }
        add(list, 0x01005e000001L);
        if (ipv6) {
            for (InterfaceAddress a : ns.addresses()) {
                if (a.device().equals(d.name()) && a.address().isV6() && !a.address().isLoopback()) {
                    byte[] b = a.address().toBytes();
                    add(list, IPV6_PREFIX | 0xff000000L | ((b[13] & 0xffL) << 16) | ((b[14] & 0xffL) << 8) | (b[15] & 0xffL));
                }
            }
        }
        return list;
    }

    private static void add(List<MacAddress> list, long mac) {
        MacAddress m = new MacAddress(mac);
        if (!list.contains(m)) {
            list.add(m);
        }
    }
}
