package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code rr}, as net/netfilter/ipvs/ip_vs_rr.c (torvalds/linux, read at 02b5a603): walk the list from
 * the last pick, take the first destination that is not overloaded and has weight &gt; 0; the walk wraps
 * once and may end on the last pick itself. When the last pick is deleted the cursor moves to the entry
 * before it ({@code ip_vs_rr_del_dest}). Adding a destination does not move the cursor.
 */
public final class RoundRobinScheduler implements Scheduler {
    /** The last pick; null stands for the list head ({@code svc->sched_data == &svc->destinations}). */
    private RealServer last;

    @Override
    public String name() {
        return "rr";
    }

    @Override
    public Pick schedule(VirtualService svc, Packet packet) {
        List<RealServer> list = svc.destinations();
        int lastIdx = last == null ? -1 : list.indexOf(last);
        List<RealServer> skipped = List.of(); // a list only once a destination is passed over
        int n = list.size();
        // From the head: entries 0..n-1 once. From a pick: the entries after it, then 0..pick (pass 2).
        // Either way n candidates, in this order.
        for (int s = 0; s < n; s++) {
            int i = (lastIdx + 1 + s) % n;
            RealServer d = list.get(i);
            if (!d.overloaded() && d.weight() > 0) {
                // the skipped entries' weights may change later, so their text is written now; the rest on demand
                String skippedNote = skippedText(skipped);
                RealServer previous = last;
                last = d;
                return new Pick(d, () -> "rr: " + IpvsText.server(d)
                        + (previous == null ? " is first after the list head" : " follows " + IpvsText.server(previous))
                        + " in " + svc.key() + skippedNote);
            }
            if (skipped.isEmpty()) {
                skipped = new ArrayList<>();
            }
            skipped.add(d);
        }
        String skippedNote = skippedText(skipped);
        return new Pick(null, () -> "rr: no destination available in " + svc.key() + skippedNote);
    }

    static String skippedText(List<RealServer> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (skipped");
        for (RealServer d : skipped) {
            sb.append(' ').append(IpvsText.server(d)).append(d.overloaded() ? " overloaded" : " weight " + d.weight());
            sb.append(',');
        }
        sb.setLength(sb.length() - 1);
        return sb.append(')').toString();
    }

    @Override
    public void destRemoved(VirtualService svc, RealServer dest, int formerIndex) {
        if (dest == last) {
            last = formerIndex == 0 ? null : svc.destinations().get(formerIndex - 1);
        }
    }
}
