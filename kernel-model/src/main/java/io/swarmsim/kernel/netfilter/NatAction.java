package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.net.IpAddress;

/**
 * The NAT a table decided on; conntrack in the namespace applies it to the connection.
 *
 * @param addressMin first address of the range, or null to keep the address (port-only, REDIRECT,
 *                   MASQUERADE: the namespace picks the interface address)
 * @param addressMax last address of the range (same as min for one address), or null
 * @param portMin    first port, or 0 to keep the port
 * @param portMax    last port, or 0 to keep the port
 */
public record NatAction(NatKind kind, IpAddress addressMin, IpAddress addressMax, int portMin, int portMax) {
}
