package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.Packet;

/** The counters {@code ipvsadm -Ln --stats} prints, kept per service and per real server. */
public final class IpvsStats {
    private long conns;
    private long inPkts;
    private long outPkts;
    private long inBytes;
    private long outBytes;

    void connection() {
        conns++;
    }

    void in(Packet p) {
        inPkts++;
        inBytes += p.length();
    }

    void out(Packet p) {
        outPkts++;
        outBytes += p.length();
    }

    /** {@code ipvsadm -Z}. */
    void zero() {
        conns = inPkts = outPkts = inBytes = outBytes = 0;
    }

    public long conns() {
        return conns;
    }

    public long inPkts() {
        return inPkts;
    }

    public long outPkts() {
        return outPkts;
    }

    public long inBytes() {
        return inBytes;
    }

    public long outBytes() {
        return outBytes;
    }
}
