package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.Packet;

/**
 * {@code lc}, as net/netfilter/ipvs/ip_vs_lc.c (torvalds/linux, read at 2cc2c3cb): the destination with the
 * smallest overhead {@code activeconns * 256 + inactconns} ({@code ip_vs_dest_conn_overhead}), skipping
 * weight 0 and overloaded ones; on a tie the first in list order wins (strict {@code <}).
 */
public final class LeastConnectionScheduler implements Scheduler {
    @Override
    public String name() {
        return "lc";
    }

    @Override
    public Pick schedule(VirtualService svc, Packet packet) {
        RealServer least = null;
        int loh = 0;
        int candidates = 0;
        for (RealServer d : svc.destinations()) {
            if (d.overloaded() || d.weight() == 0) {
                continue;
            }
            candidates++;
            int doh = d.overhead();
            if (least == null || doh < loh) {
                least = d;
                loh = doh;
            }
        }
        if (least == null) {
            return Pick.none("lc", svc, "no destination available");
        }
        return Pick.eager(least, "lc: " + IpvsText.server(least) + " has the least overhead " + loh + " ("
                + least.activeConns() + " active*256 + " + least.inactConns() + " inactive) of " + candidates
                + " in " + svc.key());
    }
}
