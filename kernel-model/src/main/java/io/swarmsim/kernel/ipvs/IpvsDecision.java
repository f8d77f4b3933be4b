package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.Packet;

/**
 * What IPVS did with one packet.
 *
 * @param kind       PASS: not IPVS's (packet unchanged, continue); FORWARD: belongs to an IPVS connection
 *                   (packet possibly rewritten, mark it as IPVS-owned); DROP: IPVS dropped it
 * @param direction  IN for client → virtual service, OUT for a reply real server → client; null on PASS
 * @param created    true when this packet created the connection (the scheduler ran)
 * @param packet     the packet after IPVS (rewritten for Masq)
 * @param connection the connection entry, or null
 * @param service    the virtual service the packet belongs to, or null when none
 * @param why        a one-line explanation; for a new connection the scheduler's reason
 */
public record IpvsDecision(Kind kind, Direction direction, boolean created, Packet packet,
                           IpvsConnection connection, VirtualService service, java.util.function.Supplier<String> why) {

    /** The explanation, built only when someone reads it (traces, reports). */
    public String reason() {
        return why.get();
    }

    public enum Kind { PASS, FORWARD, DROP }

    public enum Direction { IN, OUT }

    static IpvsDecision pass(Packet p, java.util.function.Supplier<String> reason) {
        return new IpvsDecision(Kind.PASS, null, false, p, null, null, reason);
    }

    static IpvsDecision drop(Packet p, IpvsConnection c, VirtualService service, java.util.function.Supplier<String> reason) {
        return new IpvsDecision(Kind.DROP, Direction.IN, false, p, c, service, reason);
    }
}
