package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netfilter.AddressType;

/**
 * The route type of an address, as {@code -m addrtype} asks the kernel (inet_dev_addr_type): 0/8
 * and 255.255.255.255 are BROADCAST and 224/4 MULTICAST whatever the routes say; otherwise the
 * longest match in the local table decides, which holds {@code local} for each own address (and
 * lo's whole 127/8) and {@code broadcast} for each subnet's last address (fib_add_ifaddr, prefixes
 * shorter than /31). No match is UNICAST. With {@code --limit-iface-in/out} the match counts only
 * when its route is on that device; otherwise the answer is UNICAST, so 10.9.0.1 (local on eth0)
 * is UNICAST for a packet leaving by lo.
 */
final class AddressTypes {
    private AddressTypes() {
    }

    /** A local-table route that matched: its type, prefix length and device. */
    private record Hit(AddressType type, int length, String device) {
    }

    static AddressType of(NetNamespace ns, IpAddress a, String limitDevice) {
        if (!a.isV4()) {
            return ns.isLocal(a) ? AddressType.LOCAL : AddressType.UNICAST;
        }
        int v = a.toInt();
        if ((v >>> 24) == 0 || v == -1) {
            return AddressType.BROADCAST;
        }
        if ((v >>> 28) == 0xe) {
            return AddressType.MULTICAST;
        }
        Hit best = null;
        for (Route r : ns.routes().local()) {
            if (r.isLocal() && r.destination().contains(a)) {
                best = longer(best, new Hit(AddressType.LOCAL, r.destination().length(), r.device()));
            }
        }
        for (InterfaceAddress ia : ns.addresses()) {
            int len = ia.prefix().length();
            if (ia.address().isV4() && len < 31) {
                int mask = -1 << (32 - len);
                if (v == ((ia.address().toInt() & mask) | ~mask)) {
                    best = longer(best, new Hit(AddressType.BROADCAST, 32, ia.device()));
                }
            }
        }
        if (best == null || (limitDevice != null && !limitDevice.equals(best.device()))) {
            return AddressType.UNICAST;
        }
        return best.type();
    }

    private static Hit longer(Hit best, Hit candidate) {
        return best == null || candidate.length() > best.length() ? candidate : best;
    }
}
