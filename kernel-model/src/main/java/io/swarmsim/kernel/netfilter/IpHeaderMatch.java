package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;

/**
 * The part of a rule every rule has (struct ipt_ip): {@code -s}, {@code -d}, {@code -i}, {@code -o},
 * {@code -p}, each optionally negated. Null fields are not tested. Prefixes are stored as networks.
 */
public record IpHeaderMatch(Prefix source, boolean sourceInverted, Prefix destination, boolean destinationInverted,
                            String inInterface, boolean inInverted, String outInterface, boolean outInverted,
                            Protocol protocol, boolean protocolInverted) {

    public static final IpHeaderMatch ANY = new IpHeaderMatch(null, false, null, false, null, false, null, false, null, false);

    public boolean matches(Packet packet, PacketContext ctx) {
        if (source != null && source.contains(packet.src()) == sourceInverted) {
            return false;
        }
        if (destination != null && destination.contains(packet.dst()) == destinationInverted) {
            return false;
        }
        if (inInterface != null && interfaceMatches(inInterface, ctx.inInterface()) == inInverted) {
            return false;
        }
        if (outInterface != null && interfaceMatches(outInterface, ctx.outInterface()) == outInverted) {
            return false;
        }
        return protocol == null || (packet.protocol() == protocol) != protocolInverted;
    }

    /** As the kernel's ifname compare: a trailing {@code +} matches any name with that prefix. */
    static boolean interfaceMatches(String pattern, String actual) {
        String name = actual == null ? "" : actual;
        if (pattern.endsWith("+")) {
            return name.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return name.equals(pattern);
    }

    /** {@code a.b.c.d} for a host, {@code net/len} otherwise, as {@code -n} listings print. */
    static String listAddress(Prefix p) {
        if (p == null) {
            return "0.0.0.0/0";
        }
        return p.length() == 32 ? p.address().toString() : p.toString();
    }

    /** The canonical {@code -S} prefix of the rule: {@code [! ]-s .. [! ]-d .. -i .. -o .. -p ..}. */
    public String saveText() {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(sourceInverted ? " !" : "").append(" -s ").append(source);
        }
        if (destination != null) {
            sb.append(destinationInverted ? " !" : "").append(" -d ").append(destination);
        }
        if (inInterface != null) {
            sb.append(inInverted ? " !" : "").append(" -i ").append(inInterface);
        }
        if (outInterface != null) {
            sb.append(outInverted ? " !" : "").append(" -o ").append(outInterface);
        }
        if (protocol != null) {
            sb.append(protocolInverted ? " !" : "").append(" -p ").append(protocol.keyword());
        }
        return sb.toString();
    }

    /** Network form of an address/length (host bits cleared), as the kernel stores it. */
    static Prefix network(IpAddress a, int len) {
        return new Prefix(a, len).network();
    }
}
