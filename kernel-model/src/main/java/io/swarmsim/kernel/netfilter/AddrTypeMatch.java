package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code -m addrtype [!] --src-type T,.. [!] --dst-type T,.. [--limit-iface-in|--limit-iface-out]}.
 * An empty set means the side is not tested.
 */
public record AddrTypeMatch(Set<AddressType> srcTypes, boolean srcInverted, Set<AddressType> dstTypes,
                            boolean dstInverted, boolean limitIn, boolean limitOut) implements Match {

    public AddrTypeMatch {
        srcTypes = srcTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(srcTypes));
        dstTypes = dstTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dstTypes));
    }

    @Override
    public String module() {
        return "addrtype";
    }

    @Override
    public boolean matches(Packet packet, PacketContext ctx, MatchState state) {
        String dev = limitIn ? ctx.inInterface() : limitOut ? ctx.outInterface() : null;
        if (!srcTypes.isEmpty() && srcTypes.contains(ctx.addressType(packet.src(), dev)) == srcInverted) {
            return false;
        }
        return dstTypes.isEmpty() || dstTypes.contains(ctx.addressType(packet.dst(), dev)) != dstInverted;
    }

    private static String names(Set<AddressType> types) {
        return EnumSet.copyOf(types).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public String listText() {
        StringBuilder sb = new StringBuilder(" ADDRTYPE match");
        if (!srcTypes.isEmpty()) {
            sb.append(" src-type ").append(srcInverted ? "!" : "").append(names(srcTypes));
        }
        if (!dstTypes.isEmpty()) {
            sb.append(" dst-type ").append(dstInverted ? "!" : "").append(names(dstTypes));
        }
        if (limitIn) {
            sb.append(" limit-in");
        }
        if (limitOut) {
            sb.append(" limit-out");
        }
        return sb.toString();
    }

    @Override
    public String saveText() {
        StringBuilder sb = new StringBuilder(" -m addrtype");
        if (!srcTypes.isEmpty()) {
            sb.append(srcInverted ? " !" : "").append(" --src-type ").append(names(srcTypes));
        }
        if (!dstTypes.isEmpty()) {
            sb.append(dstInverted ? " !" : "").append(" --dst-type ").append(names(dstTypes));
        }
        if (limitIn) {
            sb.append(" --limit-iface-in");
        }
        if (limitOut) {
            sb.append(" --limit-iface-out");
        }
        return sb.toString();
    }
}
