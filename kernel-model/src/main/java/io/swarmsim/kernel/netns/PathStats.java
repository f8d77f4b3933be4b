package io.swarmsim.kernel.netns;

/** What a namespace's packet path has done: packets processed and iptables rules looked at. */
public final class PathStats {
    private final PathStats total;
    private long packets;
    private long rules;

    /** Stats of their own, also added into {@code total} (a whole cluster's), which may be null. */
    public PathStats(PathStats total) {
        this.total = total;
    }

    void packet() {
        packets++;
        if (total != null) {
            total.packets++;
        }
    }

    void rules(int n) {
        rules += n;
        if (total != null) {
            total.rules += n;
        }
    }

    public long packets() {
        return packets;
    }

    public long rules() {
        return rules;
    }
}
