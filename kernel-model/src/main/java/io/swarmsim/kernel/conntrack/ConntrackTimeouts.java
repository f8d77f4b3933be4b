package io.swarmsim.kernel.conntrack;

import io.swarmsim.kernel.packet.Protocol;

/** The kernel's default conntrack timeouts (net.netfilter.nf_conntrack_*_timeout*), in nanoseconds. */
final class ConntrackTimeouts {
    private static final long S = 1_000_000_000L;

    private ConntrackTimeouts() {
    }

    static long initial(Protocol p) {
        return switch (p) {
            case TCP -> tcp(ConnEntry.TcpState.SYN_SENT);
            case UDP -> 30 * S;
            case ICMP -> 30 * S;
        };
    }

    static long of(Protocol p, boolean seenReply, boolean assured) {
        return switch (p) {
            case UDP -> assured ? 120 * S : 30 * S;
            case ICMP -> 30 * S;
            case TCP -> throw new IllegalArgumentException("tcp timeouts depend on state");
        };
    }

    static long tcp(ConnEntry.TcpState s) {
        return switch (s) {
            case SYN_SENT, SYN_RECV, FIN_WAIT, LAST_ACK, TIME_WAIT -> (s == ConnEntry.TcpState.SYN_RECV ? 60 : s == ConnEntry.TcpState.LAST_ACK ? 30 : 120) * S;
            case ESTABLISHED -> 432_000 * S;
            case CLOSE_WAIT -> 60 * S;
            case CLOSE -> 10 * S;
        };
    }
}
