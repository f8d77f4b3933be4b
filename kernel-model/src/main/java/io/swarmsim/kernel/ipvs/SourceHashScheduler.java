package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;

import java.util.List;

/**
 * {@code sh}, as net/netfilter/ipvs/ip_vs_sh.c (torvalds/linux, read at 033d777f): a 256-bucket table
 * filled in list order, each destination taking {@code weight} consecutive buckets (at least one), the
 * list repeating until the table is full ({@code ip_vs_sh_reassign}); the source address picks bucket
 * {@code (ntohl(saddr) * 2654435761) & 255} ({@code ip_vs_sh_hashkey}; IPv6 folds the four words with xor).
 * A bucket whose destination has weight 0 or is overloaded yields no destination. The sh-fallback and
 * sh-port flags of later kernels are not modelled.
 */
public final class SourceHashScheduler implements Scheduler {
    static final int TAB_BITS = 8;
    static final int TAB_SIZE = 1 << TAB_BITS;
    private final RealServer[] buckets = new RealServer[TAB_SIZE];

    @Override
    public String name() {
        return "sh";
    }

    @Override
    public void destAdded(VirtualService svc, RealServer dest) {
        reassign(svc.destinations());
    }

    @Override
    public void destRemoved(VirtualService svc, RealServer dest, int formerIndex) {
        reassign(svc.destinations());
    }

    @Override
    public void destUpdated(VirtualService svc, RealServer dest) {
        reassign(svc.destinations());
    }

    private void reassign(List<RealServer> list) {
        int p = 0;
        int count = 0;
        for (int i = 0; i < TAB_SIZE; i++) {
            if (list.isEmpty()) {
                buckets[i] = null;
                continue;
            }
            RealServer d = list.get(p);
            buckets[i] = d;
            if (++count >= d.weight()) {
                p = (p + 1) % list.size();
                count = 0;
            }
        }
    }

    /** The bucket of a source address. */
    public static int bucket(IpAddress source) {
        int fold;
        if (source.isV4()) {
            fold = source.toInt();
        } else {
            byte[] b = source.toBytes();
            fold = 0;
            for (int w = 0; w < 4; w++) {
                fold ^= ((b[4 * w] & 0xff) << 24) | ((b[4 * w + 1] & 0xff) << 16) | ((b[4 * w + 2] & 0xff) << 8)
                        | (b[4 * w + 3] & 0xff);
            }
        }
        return (int) ((Integer.toUnsignedLong(fold) * 2654435761L) & (TAB_SIZE - 1));
    }

    /** The destination in bucket {@code i} (null when the service has none). */
    public RealServer bucketServer(int i) {
        return buckets[i];
    }

    @Override
    public Pick schedule(VirtualService svc, Packet packet) {
        int b = bucket(packet.src());
        RealServer d = buckets[b];
        if (d == null || !d.available() || d.weight() <= 0 || d.overloaded()) {
            return Pick.none("sh", svc, "no destination available for source " + packet.src() + " (bucket " + b
                    + (d == null ? " empty" : " holds " + IpvsText.server(d) + " weight " + d.weight()) + ")");
        }
        return Pick.eager(d, "sh: source " + packet.src() + " hashes to bucket " + b + " of " + IpvsText.server(d)
                + " in " + svc.key());
    }
}
