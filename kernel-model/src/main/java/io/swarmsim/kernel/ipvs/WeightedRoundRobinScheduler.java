package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.Packet;

import java.util.List;

/**
 * {@code wrr}, as net/netfilter/ipvs/ip_vs_wrr.c (torvalds/linux, read at 08cb2d03): passes over the list
 * with a current weight {@code cw} that starts at {@code mw = max weight - (gcd - 1)} and drops by
 * {@code di = gcd} of the positive weights each pass; a destination is taken when its weight is at least
 * {@code cw}. Any change of the destinations resets the cursor to the head and clamps {@code cw}
 * ({@code ip_vs_wrr_dest_changed}).
 */
public final class WeightedRoundRobinScheduler implements Scheduler {
    private RealServer cl;   // null = list head
    private int cw;
    private int mw;
    private int di = 1;

    @Override
    public String name() {
        return "wrr";
    }

    @Override
    public void destAdded(VirtualService svc, RealServer dest) {
        changed(svc);
    }

    @Override
    public void destRemoved(VirtualService svc, RealServer dest, int formerIndex) {
        changed(svc);
    }

    @Override
    public void destUpdated(VirtualService svc, RealServer dest) {
        changed(svc);
    }

    private void changed(VirtualService svc) {
        cl = null;
        di = gcdWeight(svc.destinations());
        mw = maxWeight(svc.destinations()) - (di - 1);
        if (cw > mw || cw == 0) {
            cw = mw;
        } else if (di > 1) {
            cw = (cw / di) * di + 1;
        }
    }

    static int gcdWeight(List<RealServer> list) {
        int g = 0;
        for (RealServer d : list) {
            int w = d.weight();
            if (w > 0) {
                g = g > 0 ? gcd(w, g) : w;
            }
        }
        return g != 0 ? g : 1;
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static int maxWeight(List<RealServer> list) {
        int m = 0;
        for (RealServer d : list) {
            m = Math.max(m, d.weight());
        }
        return m;
    }

    @Override
    public Pick schedule(VirtualService svc, Packet packet) {
        List<RealServer> list = svc.destinations();
        int n = list.size();
        int dest = cl == null ? -1 : list.indexOf(cl);   // -1 = head
        if (mw == 0) {
            return Pick.none("wrr", svc, "no destination available");
        }
        int last = dest;
        int stop = Integer.MIN_VALUE;
        boolean lastPass = false;
        boolean restarted = false;
        while (true) {
            for (int i = dest + 1; i < n; i++) {
                RealServer d = list.get(i);
                if (!d.overloaded() && d.weight() >= cw) {
                    cl = d;
                    return Pick.eager(d, "wrr: " + IpvsText.server(d) + " weight " + d.weight() + " >= current weight "
                            + cw + " (max " + mw + ", step " + di + ") in " + svc.key());
                }
                if (i == stop) {
                    cl = d;
                    return Pick.none("wrr", svc, "no destination available: all destinations are overloaded");
                }
            }
            dest = -1;
            cw -= di;
            if (cw <= 0) {
                cw = mw;
                if (lastPass || last == -1) {
                    cl = null;
                    return Pick.none("wrr", svc, "no destination available: all destinations are overloaded");
                }
                restarted = true;
            }
            lastPass = cw <= di;
            if (lastPass && restarted && last != -1) {
                stop = last;
            }
        }
    }
}
