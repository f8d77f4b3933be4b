package io.swarmsim.engine.control;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;

/**
 * Serial address allocation in one subnet: the gateway takes the first host address, then each
 * request takes the next one (swarmkit's serial allocator), never the network or broadcast address.
 */
public final class Ipam {
    private final Prefix subnet;
    private long next = 1;

    public Ipam(Prefix subnet) {
        this.subnet = subnet.network();
    }

    public Prefix subnet() {
        return subnet;
    }

    public IpAddress allocate() {
        if (next >= subnet.size() - 1) {
            throw new PoolExhausted("", "subnet " + subnet + " has no free address left");
        }
        return subnet.nth(next++);
    }
}
