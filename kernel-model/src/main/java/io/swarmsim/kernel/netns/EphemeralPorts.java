package io.swarmsim.kernel.netns;

/**
 * The local port range (net.ipv4.ip_local_port_range, default 32768-60999). Ports are handed out
 * sequentially from a starting point the caller draws from a seeded stream, which keeps runs
 * reproducible while still looking like the kernel's spread.
 */
public final class EphemeralPorts {
    public static final int LOW = 32768;
    public static final int HIGH = 60999;
    private int next;

    public EphemeralPorts(int start) {
        if (start < LOW || start > HIGH) {
            throw new IllegalArgumentException("start " + start + " outside " + LOW + "-" + HIGH);
        }
        this.next = start;
    }

    /** The next port not rejected by {@code inUse}. */
    public int allocate(java.util.function.IntPredicate inUse) {
        for (int tries = 0; tries <= HIGH - LOW; tries++) {
            int p = next;
            next = next == HIGH ? LOW : next + 1;
            if (!inUse.test(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no free local port");
    }
}
