package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code -m conntrack [!] --ctstate S,..} or the older {@code -m state [!] --state S,..}. */
public record ConntrackMatch(Set<ConntrackState> states, boolean inverted, boolean stateModule) implements Match {

    public ConntrackMatch {
        states = Set.copyOf(EnumSet.copyOf(states));
    }

    @Override
    public String module() {
        return stateModule ? "state" : "conntrack";
    }

    @Override
    public boolean matches(Packet packet, PacketContext ctx, MatchState state) {
        return states.contains(ctx.conntrackState()) != inverted;
    }

    private String names() {
        return EnumSet.copyOf(states).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public String listText() {
        return (inverted ? " !" : "") + (stateModule ? " state " : " ctstate ") + names();
    }

    @Override
    public String saveText() {
        return " -m " + module() + (inverted ? " !" : "") + (stateModule ? " --state " : " --ctstate ") + names();
    }
}
