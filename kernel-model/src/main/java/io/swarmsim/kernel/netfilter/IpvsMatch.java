package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;

/**
 * {@code -m ipvs [!] --ipvs}: the packet belongs to an IPVS connection. Only the {@code --ipvs}
 * property is modelled. Print forms follow iptables' extensions/libxt_ipvs.c (ipvs_mt_dump).
 */
public record IpvsMatch(boolean inverted) implements Match {

    @Override
    public String module() {
        return "ipvs";
    }

    @Override
    public boolean matches(Packet packet, PacketContext ctx, MatchState state) {
        return ctx.ipvs() != inverted;
    }

    @Override
    public String listText() {
        return (inverted ? " !" : "") + " ipvs";
    }

    @Override
    public String saveText() {
        return " -m ipvs" + (inverted ? " !" : "") + " --ipvs";
    }
}
