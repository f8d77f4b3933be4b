package io.swarmsim.kernel.text;

import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.Neighbour;

/**
 * {@code ip neigh} (iproute2 6.1): {@code ADDR dev DEV lladdr MAC STATE } for entries with a
 * link-layer address, {@code ADDR dev DEV STATE } for INCOMPLETE and FAILED ones (or any entry
 * without a MAC); iproute2 leaves a space after the state.
 *
 * <p>Entries are printed in the model's order. The kernel walks its neighbour hash table, whose
 * hash is seeded at random per boot, so the real order is not reproducible; the goldens are
 * compared line for line regardless of order.
 */
public final class IpNeighPrinter {
    private IpNeighPrinter() {
    }

    public static String print(NetNamespace ns) {
        StringBuilder sb = new StringBuilder();
        for (Neighbour n : ns.neighbours()) {
            sb.append(line(n)).append('\n');
        }
        return sb.toString();
    }

    public static String line(Neighbour n) {
        StringBuilder sb = new StringBuilder().append(n.address()).append(" dev ").append(n.device());
        if (n.mac() != null && n.state() != Neighbour.State.INCOMPLETE && n.state() != Neighbour.State.FAILED) {
            sb.append(" lladdr ").append(n.mac());
        }
        return sb.append(' ').append(n.state().name()).append(' ').toString();
    }
}
