package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;

/** {@code -m tcp} / {@code -m udp} with {@code --sport} and {@code --dport} (explicit or implicit after -p). */
public record PortMatch(Protocol protocol, PortRange sport, boolean sportInverted, PortRange dport, boolean dportInverted)
        implements Match {

    @Override
    public String module() {
        return protocol.keyword();
    }

    @Override
    public boolean matches(Packet packet, PacketContext ctx, MatchState state) {
        if (packet.protocol() != protocol) {
            return false;
        }
        if (sport != null && sport.contains(packet.sport()) == sportInverted) {
            return false;
        }
        return dport == null || dport.contains(packet.dport()) != dportInverted;
    }

    @Override
    public String listText() {
        return listText(ListNames.NUMERIC, protocol);
    }

    @Override
    public String listText(ListNames names, Protocol ruleProtocol) {
        StringBuilder sb = new StringBuilder(" ").append(protocol.keyword());
        if (sport != null) {
            sb.append(sport.single() ? " spt:" : " spts:").append(sportInverted ? "!" : "").append(names.range(sport, protocol));
        }
        if (dport != null) {
            sb.append(dport.single() ? " dpt:" : " dpts:").append(dportInverted ? "!" : "").append(names.range(dport, protocol));
        }
        return sb.toString();
    }

    @Override
    public String saveText() {
        StringBuilder sb = new StringBuilder(" -m ").append(protocol.keyword());
        if (sport != null) {
            sb.append(sportInverted ? " !" : "").append(" --sport ").append(sport.format(':'));
        }
        if (dport != null) {
            sb.append(dportInverted ? " !" : "").append(" --dport ").append(dport.format(':'));
        }
        return sb.toString();
    }
}
