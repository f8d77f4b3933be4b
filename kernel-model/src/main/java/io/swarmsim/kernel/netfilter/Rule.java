package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;
import java.util.List;

/**
 * One rule of a chain: header match, extension matches in order, target.
 *
 * @param initialCounters the {@code [pkts:bytes]} the restore text gave (iptables-restore -c), else zero
 * @param line            the line of the restore text it came from (0 when built in code)
 */
public record Rule(IpHeaderMatch header, List<Match> matches, Target target, PacketCount initialCounters, int line) {

    public Rule {
        matches = List.copyOf(matches);
        if (target == null) {
            throw new IllegalArgumentException("a rule needs a target");
        }
    }

    /** Header first, then the matches in order, stopping at the first that fails (as the kernel). */
    public boolean matches(Packet packet, PacketContext ctx, Match.MatchState state) {
        if (!header.matches(packet, ctx)) {
            return false;
        }
        for (Match m : matches) {
            if (!m.matches(packet, ctx, state)) {
                return false;
            }
        }
        return true;
    }

    /** The canonical text after {@code -A CHAIN}, without a leading space. */
    public String spec() {
        StringBuilder sb = new StringBuilder(header.saveText());
        for (Match m : matches) {
            sb.append(m.saveText());
        }
        sb.append(target.saveText());
        return sb.substring(1);
    }

    /** {@code -A CHAIN spec}, as {@code iptables -S} prints the rule. */
    public String toSaveLine(String chain) {
        return "-A " + chain + " " + spec();
    }
}
