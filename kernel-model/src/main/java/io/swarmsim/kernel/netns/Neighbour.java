package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;

/** A neighbour (ARP) table entry, as {@code ip neigh} prints it. */
public record Neighbour(IpAddress address, String device, MacAddress mac, State state) {
    public enum State { PERMANENT, REACHABLE, STALE, INCOMPLETE, FAILED }
}
