package io.swarmsim.live.diff;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The addresses both labs, the real and the modelled, are built from: A (10.9.0.1 and the
 * secondary 10.9.0.11 on eth0, default route via B) and B (10.9.0.2, secondary 10.9.0.3) on one
 * veth pair. Every neighbour is a permanent entry, so no ARP exchange (whose timing the model
 * cannot reproduce) ever happens. B owns no route off the link and does not forward, so a probe
 * to {@link #OFF_LINK} is dropped by B after its PREROUTING.
 */
final class Topology {
    static final IpAddress A_ADDR = IpAddress.parse("10.9.0.1");
    static final IpAddress A_SECONDARY = IpAddress.parse("10.9.0.11");
    /** Not assigned anywhere: B's permanent neighbour entry sends it to A, where only conntrack's undo of SNAT makes it local. */
    static final IpAddress A_ALIAS = IpAddress.parse("10.9.0.50");
    static final IpAddress B_ADDR = IpAddress.parse("10.9.0.2");
    static final IpAddress B_SECONDARY = IpAddress.parse("10.9.0.3");
    static final IpAddress OFF_LINK = IpAddress.parse("192.0.2.7");
    static final IpAddress LOOPBACK = IpAddress.parse("127.0.0.1");
    static final int PREFIX = 24;
    static final MacAddress MAC_A = MacAddress.parse("02:00:00:09:00:01");
    static final MacAddress MAC_B = MacAddress.parse("02:00:00:09:00:02");
    static final String DEVICE = "eth0";

    /** The addresses of each side's eth0, primary first. */
    static List<IpAddress> addresses(Side side) {
        return side == Side.A ? List.of(A_ADDR, A_SECONDARY) : List.of(B_ADDR, B_SECONDARY);
    }

    /**
     * The permanent neighbour entries of each side, all pointing at the other side's MAC: on B
     * also the addresses A's SNAT may give a connection (10.9.0.48-52 around {@link #A_ALIAS}), so
     * B's answers to them reach A, where conntrack undoes the SNAT.
     */
    static List<IpAddress> neighbours(Side side) {
        if (side == Side.A) {
            return List.of(B_ADDR, B_SECONDARY);
        }
        List<IpAddress> out = new ArrayList<>(List.of(A_ADDR, A_SECONDARY));
        for (int i = 48; i <= 52; i++) {
            out.add(IpAddress.parse("10.9.0." + i));
        }
        return out;
    }

    static MacAddress mac(Side side) {
        return side == Side.A ? MAC_A : MAC_B;
    }

    static MacAddress peerMac(Side side) {
        return side == Side.A ? MAC_B : MAC_A;
    }

    private Topology() {
    }
}
