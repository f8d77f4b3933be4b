package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;

/** {@code -m mark --mark value[/mask]}: {@code (mark & mask) == value}. */
public record MarkMatch(int value, int mask, boolean inverted) implements Match {

    @Override
    public String module() {
        return "mark";
    }

    @Override
    public boolean matches(Packet packet, PacketContext ctx, MatchState state) {
        return ((packet.mark() & mask) == value) != inverted;
    }

    private String text() {
        return hex(value) + (mask == 0xffffffff ? "" : "/" + hex(mask));
    }

    static String hex(int v) {
        return "0x" + Integer.toHexString(v);
    }

    @Override
    public String listText() {
        return " mark match " + (inverted ? "! " : "") + text();
    }

    @Override
    public String saveText() {
        return " -m mark" + (inverted ? " !" : "") + " --mark " + text();
    }
}
