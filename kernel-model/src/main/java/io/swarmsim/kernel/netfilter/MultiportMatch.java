package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;
import java.util.List;
import java.util.stream.Collectors;

/** {@code -m multiport --sports|--dports|--ports a,b,c:d}. */
public record MultiportMatch(Direction direction, List<PortRange> ports, boolean inverted) implements Match {

    /** Which port the list applies to. */
    public enum Direction {
        SOURCE("sports"), DESTINATION("dports"), EITHER("ports");

        private final String word;

        Direction(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public MultiportMatch {
        ports = List.copyOf(ports);
    }

    @Override
    public String module() {
        return "multiport";
    }

    @Override
    public boolean matches(Packet packet, PacketContext ctx, MatchState state) {
        boolean hit = false;
        for (PortRange r : ports) {
            hit |= switch (direction) {
                case SOURCE -> r.contains(packet.sport());
                case DESTINATION -> r.contains(packet.dport());
                case EITHER -> r.contains(packet.sport()) || r.contains(packet.dport());
            };
        }
        return hit != inverted;
    }

    private String list() {
        return ports.stream().map(r -> r.format(':')).collect(Collectors.joining(","));
    }

    @Override
    public String listText() {
        return " multiport " + direction.word() + " " + (inverted ? " !" : "") + list();
    }

    @Override
    public String listText(ListNames names, io.swarmsim.kernel.packet.Protocol protocol) {
        if (names.numeric() || protocol == null) {
            return listText();
        }
        return " multiport " + direction.word() + " " + (inverted ? " !" : "")
                + ports.stream().map(r -> names.range(r, protocol)).collect(Collectors.joining(","));
    }

    @Override
    public String saveText() {
        return " -m multiport" + (inverted ? " !" : "") + " --" + direction.word() + " " + list();
    }
}
