package io.swarmsim.kernel.packet;

/** TCP header flag bits, as in the header. */
public final class TcpFlags {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;

    private TcpFlags() {
    }

    /** tcpdump-style flag text: {@code [S]}, {@code [S.]}, {@code [P.]}, {@code [F.]}, {@code [R]}. */
    public static String describe(int flags) {
        StringBuilder sb = new StringBuilder("[");
        if ((flags & SYN) != 0) {
            sb.append('S');
        }
        if ((flags & FIN) != 0) {
            sb.append('F');
        }
        if ((flags & PSH) != 0) {
            sb.append('P');
        }
        if ((flags & RST) != 0) {
            sb.append('R');
        }
        if ((flags & ACK) != 0) {
            sb.append('.');
        }
        return sb.append(']').toString();
    }
}
