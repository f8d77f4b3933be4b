package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Protocol;

/**
 * One entry of the IPVS connection table ({@code struct ip_vs_conn}): client, virtual and destination
 * address:port, forwarding method, state, whether it counts as inactive, and when it expires.
 * The virtual address:port is the packet's original destination (for a fwmark service too).
 */
public final class IpvsConnection {
    private final Protocol protocol;
    private final IpAddress clientAddress;
    private final int clientPort;
    private final IpAddress virtualAddress;
    private final int virtualPort;
    private final IpAddress destAddress;
    private final int destPort;
    private final VirtualService service;
    private final RealServer server;
    private final ForwardMethod forward;
    private TcpState tcpState;     // null for UDP
    private boolean inactive = true;
    private boolean noOutput;
    private long expiresAt;

    IpvsConnection(Protocol protocol, IpAddress clientAddress, int clientPort, IpAddress virtualAddress,
                   int virtualPort, VirtualService service, RealServer server) {
        this.protocol = protocol;
        this.clientAddress = clientAddress;
        this.clientPort = clientPort;
        this.virtualAddress = virtualAddress;
        this.virtualPort = virtualPort;
        this.service = service;
        this.server = server;
        this.destAddress = server.address();
        this.destPort = server.port() != 0 ? server.port() : virtualPort;
        this.forward = server.forward();
        this.noOutput = forward != ForwardMethod.MASQ;
        this.tcpState = protocol == Protocol.TCP ? TcpState.NONE : null;
    }

    public Protocol protocol() {
        return protocol;
    }

    public IpAddress clientAddress() {
        return clientAddress;
    }

    public int clientPort() {
        return clientPort;
    }

    public IpAddress virtualAddress() {
        return virtualAddress;
    }

    public int virtualPort() {
        return virtualPort;
    }

    public IpAddress destAddress() {
        return destAddress;
    }

    /** The real server's port, or the virtual port when the destination was added with port 0. */
    public int destPort() {
        return destPort;
    }

    public VirtualService service() {
        return service;
    }

    public RealServer server() {
        return server;
    }

    public ForwardMethod forward() {
        return forward;
    }

    /** The TCP state, or null for UDP. */
    public TcpState tcpState() {
        return tcpState;
    }

    /** The state column of {@code ipvsadm -Lnc}: a TCP state name, or {@code UDP}. */
    public String stateName() {
        return tcpState == null ? "UDP" : tcpState.name();
    }

    /** The IP_VS_CONN_F_INACTIVE flag: counted in InActConn rather than ActiveConn. */
    public boolean inactive() {
        return inactive;
    }

    public long expiresAt() {
        return expiresAt;
    }

    /** Whole seconds left at {@code now}, as /proc/net/ip_vs_conn prints them (never negative). */
    public long secondsLeft(long now) {
        return Math.max(0, (expiresAt - now) / 1_000_000_000L);
    }

    boolean expired(long now) {
        return now >= expiresAt;
    }

    /** {@code set_tcp_state}: moves the state for a packet in {@code outbound} direction and keeps the counters. */
    void transition(boolean outbound, int tcpFlags) {
        if (tcpState == null) {
            return;
        }
        TcpStateTable.Row row = outbound ? TcpStateTable.Row.OUTPUT : TcpStateTable.Row.INPUT;
        if (noOutput) {
            if (outbound) {
                noOutput = false;
            } else {
                row = TcpStateTable.Row.INPUT_ONLY;
            }
        }
        TcpState next = TcpStateTable.next(row, tcpFlags, tcpState);
        if (next != tcpState) {
            if (!inactive && next != TcpState.ESTABLISHED) {
                server.becameInactive();
                inactive = true;
            } else if (inactive && next == TcpState.ESTABLISHED) {
                server.becameActive();
                inactive = false;
            }
        }
        tcpState = next;
    }

    void rearm(long now, IpvsTimeouts timeouts) {
        int seconds = tcpState == null ? timeouts.udp() : timeouts.seconds(tcpState);
        expiresAt = now + seconds * 1_000_000_000L;
    }

    @Override
    public String toString() {
        return protocol.keyword().toUpperCase(java.util.Locale.ROOT) + " " + IpvsText.addrPort(clientAddress, clientPort) + " -> "
                + IpvsText.addrPort(virtualAddress, virtualPort) + " -> " + IpvsText.addrPort(destAddress, destPort)
                + " " + forward.listName() + " " + stateName();
    }
}
