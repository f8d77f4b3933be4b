package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import java.util.Map;

/** {@code -m icmp --icmp-type N|name} (type only, any code). */
public record IcmpMatch(int type, boolean inverted) implements Match {

    /** ICMP type names iptables accepts that stand for a whole type. */
    static final Map<String, Integer> NAMES = Map.ofEntries(
            Map.entry("echo-reply", 0), Map.entry("pong", 0),
            Map.entry("destination-unreachable", 3), Map.entry("source-quench", 4),
            Map.entry("redirect", 5), Map.entry("echo-request", 8), Map.entry("ping", 8),
            Map.entry("router-advertisement", 9), Map.entry("router-solicitation", 10),
            Map.entry("time-exceeded", 11), Map.entry("ttl-exceeded", 11),
            Map.entry("parameter-problem", 12), Map.entry("timestamp-request", 13),
            Map.entry("timestamp-reply", 14), Map.entry("address-mask-request", 17),
            Map.entry("address-mask-reply", 18));

    @Override
    public String module() {
        return "icmp";
    }

    @Override
    public boolean matches(Packet packet, PacketContext ctx, MatchState state) {
        return packet.protocol() == Protocol.ICMP && (packet.icmpType() == type) != inverted;
    }

    @Override
    public String listText() {
        return inverted ? " icmp !type " + type : " icmptype " + type;
    }

    @Override
    public String listText(ListNames names, io.swarmsim.kernel.packet.Protocol protocol) {
        String name = names.icmpType(type);
        return name == null ? listText() : " icmp " + (inverted ? "!" : "") + name;
    }

    @Override
    public String saveText() {
        return " -m icmp" + (inverted ? " !" : "") + " --icmp-type " + type;
    }
}
