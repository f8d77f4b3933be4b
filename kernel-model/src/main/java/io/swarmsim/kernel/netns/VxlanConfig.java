package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;

/**
 * A vxlan device's parameters as Docker's overlay driver creates it (ov_utils.go createVxlan):
 * VNI, UDP port 4789, learning and proxy on, l2miss and l3miss on. Its UDP socket lives in the
 * namespace where the device was created (the node's host), named by {@code underlayNetns}.
 */
public record VxlanConfig(int vni, int port, IpAddress local, String underlayNetns, boolean learning, boolean proxy,
                          boolean l2miss, boolean l3miss) {
    public static VxlanConfig docker(int vni, IpAddress local, String underlayNetns) {
        return new VxlanConfig(vni, 4789, local, underlayNetns, true, true, true, true);
    }
}
