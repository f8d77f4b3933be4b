package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.net.IpAddress;

/**
 * What a rule may ask about a packet beyond its headers; the network namespace implements it.
 * Implementations must be deterministic (the random source is seeded by the caller).
 */
public interface PacketContext {
    /** The input interface name ({@code -i}), or null at OUTPUT/locally generated. */
    String inInterface();

    /** The output interface name ({@code -o}), or null before routing (PREROUTING, INPUT). */
    String outInterface();

    /** The packet's conntrack state ({@code -m conntrack --ctstate}, {@code -m state}). */
    ConntrackState conntrackState();

    /** Whether the packet belongs to an IPVS connection ({@code -m ipvs --ipvs}). */
    boolean ipvs();

    /**
     * The route type of {@code address} in this namespace ({@code -m addrtype}).
     *
     * @param limitInterface null for any interface, else only routes through this device count
     *                       ({@code --limit-iface-in/out})
     */
    AddressType addressType(IpAddress address, String limitInterface);

    /** A deterministic uniform value in [0, 1) for {@code -m statistic --mode random}. */
    double nextRandom();
}
