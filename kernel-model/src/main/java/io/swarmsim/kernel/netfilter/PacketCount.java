package io.swarmsim.kernel.netfilter;

/** A packets/bytes counter pair, as {@code [pkts:bytes]} in iptables-save -c. */
public record PacketCount(long packets, long bytes) {
    public static final PacketCount ZERO = new PacketCount(0, 0);

    public PacketCount plus(long bytesOfOnePacket) {
        return new PacketCount(packets + 1, bytes + bytesOfOnePacket);
    }

    /** {@code [pkts:bytes]}. */
    @Override
    public String toString() {
        return "[" + packets + ":" + bytes + "]";
    }
}
