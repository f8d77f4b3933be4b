package io.swarmsim.kernel.ipvs;

/**
 * The three timeouts {@code ipvsadm --set tcp tcpfin udp} changes, in seconds: TCP ESTABLISHED,
 * TCP FIN_WAIT and UDP. The other TCP states keep the kernel's fixed defaults ({@link TcpState}).
 * Docker never changes them, so {@link #KERNEL_DEFAULT} (900 120 300) applies.
 */
public record IpvsTimeouts(int tcp, int tcpFin, int udp) {
    public static final IpvsTimeouts KERNEL_DEFAULT = new IpvsTimeouts(900, 120, 300);

    public IpvsTimeouts {
        if (tcp <= 0 || tcpFin <= 0 || udp <= 0) {
            throw new IllegalArgumentException("timeouts are positive seconds");
        }
    }

    /** Timeout of a TCP state in seconds. */
    public int seconds(TcpState s) {
        return switch (s) {
            case ESTABLISHED -> tcp;
            case FIN_WAIT -> tcpFin;
            default -> s.defaultTimeoutSeconds();
        };
    }

    /** {@code ipvsadm -L --timeout}. */
    public String listing() {
        return "Timeout (tcp tcpfin udp): " + tcp + " " + tcpFin + " " + udp + "\n";
    }
}
