package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;

/** One {@code -m} match of a rule (an xtables match extension). Implementations are immutable. */
public interface Match {
    /** The extension name after {@code -m}. */
    String module();

    /**
     * Whether {@code packet} matches. {@code state} gives the match its per-rule kernel state
     * ({@code statistic nth}); it is only advanced when the match is actually evaluated.
     */
    boolean matches(Packet packet, PacketContext ctx, MatchState state);

    /** The text {@code iptables -nvL} prints for this match, starting with a space. */
    String listText();

    /**
     * What {@code iptables -L} prints with {@code names} (ports and ICMP types named unless {@code -n});
     * {@code protocol} is the rule's {@code -p}, which names a multiport's ports.
     */
    default String listText(ListNames names, io.swarmsim.kernel.packet.Protocol protocol) {
        return listText();
    }

    /** The canonical {@code iptables -S} text, starting with {@code " -m module"}. */
    String saveText();

    /** Per-rule kernel state of a match, kept in {@link Counters}. */
    interface MatchState {
        /** Returns how many packets this rule's stateful match has seen before, and counts this one. */
        long nextPacketIndex();
    }
}
