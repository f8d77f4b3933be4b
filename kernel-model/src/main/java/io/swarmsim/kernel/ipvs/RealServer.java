package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;

/**
 * A destination of a virtual service ({@code struct ip_vs_dest}): address, port (0 keeps the packet's
 * port), weight (0 = quiesced: no new connections, existing ones keep flowing), forwarding method, and
 * the connection counters ipvsadm shows. Mutable like the kernel's; changed through {@link IpvsTable}.
 */
public final class RealServer {
    private final IpAddress address;
    private final int port;
    private int weight;
    private ForwardMethod forward;
    private int activeConns;
    private int inactConns;
    private boolean available = true;
    private IpvsStats stats;

    RealServer(IpAddress address, int port, int weight, ForwardMethod forward) {
        this.address = address;
        this.port = port;
        this.weight = weight;
        this.forward = forward;
    }

    public IpAddress address() {
        return address;
    }

    public int port() {
        return port;
    }

    public int weight() {
        return weight;
    }

    public ForwardMethod forward() {
        return forward;
    }

    /** Connections in ESTABLISHED (TCP); the {@code ActiveConn} column. */
    public int activeConns() {
        return activeConns;
    }

    /** All other connections (flag IP_VS_CONN_F_INACTIVE); the {@code InActConn} column. */
    public int inactConns() {
        return inactConns;
    }

    /** False once deleted from its service (connections may still point at it). */
    public boolean available() {
        return available;
    }

    /** The OVERLOAD flag; upper thresholds are not modelled, so never set. */
    public boolean overloaded() {
        return false;
    }

    /** {@code ip_vs_dest_conn_overhead} (include/net/ip_vs.h): activeconns * 256 + inactconns. */
    public int overhead() {
        return (activeConns << 8) + inactConns;
    }

    /** Traffic counters, made on first use: most destinations of a large cluster never see a packet. */
    public IpvsStats stats() {
        if (stats == null) {
            stats = new IpvsStats();
        }
        return stats;
    }

    boolean matches(IpAddress a, int p) {
        return address.equals(a) && port == p;
    }

    void update(int newWeight, ForwardMethod newForward) {
        this.weight = newWeight;
        this.forward = newForward;
    }

    void unavailable() {
        this.available = false;
    }

    void countNew(boolean inactive) {
        if (inactive) {
            inactConns++;
        } else {
            activeConns++;
        }
    }

    void countRemoved(boolean inactive) {
        if (inactive) {
            inactConns--;
        } else {
            activeConns--;
        }
    }

    void becameActive() {
        inactConns--;
        activeConns++;
    }

    void becameInactive() {
        activeConns--;
        inactConns++;
    }

    @Override
    public String toString() {
        return IpvsText.addrPort(address, port) + " " + forward.listName() + " w" + weight;
    }
}
