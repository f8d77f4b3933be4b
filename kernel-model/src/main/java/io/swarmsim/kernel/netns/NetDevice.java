package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.MacAddress;

/**
 * A network device in one namespace, as {@code ip link} shows it.
 *
 * @param peer for a veth, the peer's "namespace/device"; for others null
 */
public record NetDevice(String name, int ifindex, Kind kind, MacAddress mac, int mtu, String peer) {
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
}
