package io.swarmsim.kernel.ipvs;

/**
 * IPVS's own TCP states ({@code IP_VS_TCP_S_*}, net/netfilter/ipvs/ip_vs_proto_tcp.c, torvalds/linux read
 * at 0134e89c), in kernel order, with the default timeouts of {@code tcp_timeouts[]} in seconds.
 * The names are what {@code /proc/net/ip_vs_conn} and {@code ipvsadm -Lnc} print.
 */
public enum TcpState {
    NONE(2), ESTABLISHED(15 * 60), SYN_SENT(2 * 60), SYN_RECV(60), FIN_WAIT(2 * 60), TIME_WAIT(2 * 60),
    CLOSE(10), CLOSE_WAIT(60), LAST_ACK(30), LISTEN(2 * 60), SYNACK(120);

    private final int defaultTimeoutSeconds;

    TcpState(int defaultTimeoutSeconds) {
        this.defaultTimeoutSeconds = defaultTimeoutSeconds;
    }

    public int defaultTimeoutSeconds() {
        return defaultTimeoutSeconds;
    }
}
