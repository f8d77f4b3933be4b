package io.swarmsim.kernel.text;

import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.Comparator;
import java.util.List;

/** The kernel dumps devices in ifindex order. */
final class Devices {
    private Devices() {
    }

    static List<NetDevice> inIfindexOrder(NetNamespace ns) {
        return ns.devices().stream().sorted(Comparator.comparingInt(NetDevice::ifindex)).toList();
    }
}
