package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.MacAddress;

/**
 * A network device in one namespace, as {@code ip link} shows it.
 *
 * @param peer   for a veth, the peer as {@code namespace/device}; otherwise null
 * @param master the bridge this device is a port of, or null
 * @param vxlan  the VXLAN parameters of a vxlan device, otherwise null
 */
public record NetDevice(String name, int ifindex, Kind kind, MacAddress mac, int mtu, String peer, String master, VxlanConfig vxlan) {
    public enum Kind {
        LOOPBACK("loopback"), VETH("veth"), BRIDGE("bridge"), VXLAN("vxlan"), ETHER("ether");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public boolean isLoopback() {
        return kind == Kind.LOOPBACK;
    }

    public NetDevice withMaster(String bridge) {
        return new NetDevice(name, ifindex, kind, mac, mtu, peer, bridge, vxlan);
    }

    public NetDevice withPeer(String p) {
        return new NetDevice(name, ifindex, kind, mac, mtu, p, master, vxlan);
    }
}
