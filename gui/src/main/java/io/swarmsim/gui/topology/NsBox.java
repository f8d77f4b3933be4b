package io.swarmsim.gui.topology;

import java.util.List;

/** A namespace's box inside its node's box, and the centre line of each of its device rows (in {@link NsInfo#ports()} order). */
public record NsBox(NsInfo info, Box box, List<Double> rowY) {
    public NsBox {
        rowY = List.copyOf(rowY);
    }
}
