package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.Packet;

import java.util.List;

/**
 * {@code wlc}, as net/netfilter/ipvs/ip_vs_wlc.c (torvalds/linux, read at 0b383149): the first destination
 * with weight &gt; 0 that is not overloaded starts as the least; each later non-overloaded one replaces it
 * when {@code loh * dest.weight > doh * least.weight} (overhead/weight compared cross-multiplied, 64-bit).
 * Ties keep the earlier one.
 */
public final class WeightedLeastConnectionScheduler implements Scheduler {
    @Override
    public String name() {
        return "wlc";
    }

    @Override
    public Pick schedule(VirtualService svc, Packet packet) {
        List<RealServer> list = svc.destinations();
        int start = -1;
        for (int i = 0; i < list.size(); i++) {
            RealServer d = list.get(i);
            if (!d.overloaded() && d.weight() > 0) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return Pick.none("wlc", svc, "no destination available");
        }
        RealServer least = list.get(start);
        int loh = least.overhead();
        for (int i = start + 1; i < list.size(); i++) {
            RealServer d = list.get(i);
            if (d.overloaded()) {
                continue;
            }
            int doh = d.overhead();
            if ((long) loh * d.weight() > (long) doh * least.weight()) {
                least = d;
                loh = doh;
            }
        }
        return Pick.eager(least, "wlc: " + IpvsText.server(least) + " has the least overhead/weight " + loh + "/"
                + least.weight() + " in " + svc.key());
    }
}
