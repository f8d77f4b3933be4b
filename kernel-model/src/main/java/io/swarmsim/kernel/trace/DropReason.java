package io.swarmsim.kernel.trace;

/** Why a packet or frame went no further, in the kernel's terms (compare {@code enum skb_drop_reason}). */
public enum DropReason {
    /** No route matched the destination (ENETUNREACH). */
    NO_ROUTE,
    /** An iptables rule's target (DROP, REJECT) decided. */
    NETFILTER_RULE,
    /** A built-in chain's DROP policy decided. */
    NETFILTER_POLICY,
    /** Nothing listens: no socket for the packet and no kernel answer to give. */
    NO_SOCKET,
    /** TTL reached 0 while forwarding. */
    TTL_EXCEEDED,
    /** Not addressed to this namespace and {@code net.ipv4.ip_forward=0}. */
    IP_FORWARD_DISABLED,
    /** The frame's destination MAC is another host's (PACKET_OTHERHOST). */
    NOT_FOR_THIS_HOST,
    /** No ARP answer after the kernel's probes (neighbour FAILED, EHOSTUNREACH). */
    ARP_FAILED,
    /** The neighbour's queue of packets waiting for ARP was full (unres_qlen). */
    ARP_QUEUE_FULL,
    /** A VXLAN packet for a VNI no vxlan device of the receiving socket serves. */
    UNKNOWN_VNI,
    /** A frame on the underlay for a MAC no host on the segment has. */
    UNKNOWN_MAC,
    /** A vxlan device has no FDB entry for the inner destination MAC (l2miss), or none to flood a broadcast to. */
    FDB_MISS,
    /**
     * A bridge had no port to send the frame out of (br_forward, br_flood): its FDB puts the
     * destination on the port the frame came in by (no hairpin mode), a flood found no other port,
     * or the bridge itself sent a frame to its own MAC.
     */
    BRIDGE_NO_PORT,
    /** IPVS found the service but no destination to send to (all weights 0, or none). */
    IPVS_NO_DESTINATION,
    /** A device on a link with nothing at the other end. */
    NO_CARRIER
}
