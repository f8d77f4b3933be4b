package io.swarmsim.engine.net;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import java.util.HashMap;
import java.util.Map;

/**
 * A listening TCP socket that answers each connection's request with one response and closes,
 * as a sync gunicorn worker does; a client that asks for {@code Connection: keep-alive} gets the
 * connection kept open for its next request (and its TCP keepalive probes acknowledged). {@code app} maps each request to the response bytes.
 */
public final class TcpServer implements PacketHandler {
    private final Fabric fabric;
    private final NetNamespace ns;
    private final App app;
    private long connections;
    private int sent;
    /** Per peer: the server's next sequence number and the next it expects from the peer. */
    private final Map<Peer, long[]> conns = new HashMap<>();

    private record Peer(IpAddress address, int port) {
    }

    /** A request as the server's socket sees it: the peer (after any NAT) and the packet's trace id. */
    public record Request(IpAddress from, int fromPort, long traceId, byte[] bytes) {
    }

    /** The application behind the socket. */
    @FunctionalInterface
    public interface App {
        byte[] respond(Request request);
    }

    public TcpServer(Fabric fabric, NetNamespace ns, int port, App app) {
        this(fabric, ns, null, port, app);
    }

    /** A server listening on {@code address:port} only ({@code null}: every address). */
    public TcpServer(Fabric fabric, NetNamespace ns, IpAddress address, int port, App app) {
        this.fabric = fabric;
        this.ns = ns;
        this.app = app;
        ns.sockets().bind(Protocol.TCP, address, port, this);
    }

    public long connections() {
        return connections;
    }

    /** A deterministic initial sequence number for a connection (the kernel hashes the 4-tuple with a secret). */
    /**
     * The per-pair offset Linux adds to its millisecond clock in the timestamps option
     * (secure_tcp_ts_off(net, saddr, daddr), since 4.10: keyed by the two addresses only), so a
     * connection's TSval says nothing about the host's uptime; a keyed hash stands for the siphash.
     */
    static long timestampOffset(IpAddress local, IpAddress remote) {
        long h = (local.flowHash() * 0x9E3779B97F4A7C15L) ^ (remote.flowHash() * 0xC2B2AE3D27D4EB4FL);
        return (h ^ (h >>> 29)) & 0xffffffffL;
    }

    /** TSval: the sender's clock in milliseconds (tcp_clock_ms) plus its offset for the pair. */
    static long tsval(long nowNanos, long offset) {
        return (nowNanos / 1_000_000L + offset) & 0xffffffffL;
    }

    static long initialSequence(IpAddress src, int sport, IpAddress dst, int dport) {
        long h = (src.flowHash() * 31L + sport) * 2654435761L ^ (dst.flowHash() * 31L + dport) * 40503L;
        return h & 0xffffffffL;
    }

    @Override
    public void onPacket(Packet p) {
        int f = p.tcpFlags();
        Peer key = new Peer(p.src(), p.sport());
        if ((f & TcpFlags.SYN) != 0 && (f & TcpFlags.ACK) == 0) {
            connections++;
            long iss = initialSequence(p.dst(), p.dport(), p.src(), p.sport());
            long[] st = {iss, p.seq() + 1, timestampOffset(p.dst(), p.src()), p.tsval()};
            conns.put(key, st);
            reply(p, st, TcpFlags.SYN | TcpFlags.ACK, Payload.EMPTY);
            st[0] = iss + 1;
            return;
        }
        long[] st = conns.get(key);
        if (st == null) {
            return;
        }
        st[3] = p.tsval(); // ts_recent: the last TSval the peer sent
        if (p.payload().length() > 0) {
            st[1] = p.seq() + p.payload().length();
            byte[] bytes = p.payload().encode();
            byte[] response = app.respond(new Request(p.src(), p.sport(), p.traceId(), bytes));
            reply(p, st, TcpFlags.ACK, Payload.EMPTY);
            if (response.length > 0) { // a server that answers nothing just closes
                reply(p, st, TcpFlags.PSH | TcpFlags.ACK, Payload.ofBytes(response));
                st[0] += response.length;
            }
            if (response.length == 0 || !KeepAlive.requested(bytes)) {
                reply(p, st, TcpFlags.FIN | TcpFlags.ACK, Payload.EMPTY);
                st[0] += 1;
            }
        } else if ((f & TcpFlags.FIN) == 0 && (f & TcpFlags.RST) == 0 && p.seq() == st[1] - 1) {
            reply(p, st, TcpFlags.ACK, Payload.EMPTY); // a keepalive probe (one byte before what we expect): acknowledged
        } else if ((f & TcpFlags.FIN) != 0) {
            st[1] = p.seq() + 1;
            reply(p, st, TcpFlags.ACK, Payload.EMPTY);
            conns.remove(key);
        }
    }

    /** @param st {next sequence to send, next sequence expected, timestamp offset, the peer's last TSval} */
    private void reply(Packet to, long[] st, int flags, Payload payload) {
        long id = PacketIds.serverPacket(to.traceId(), sent++);
        fabric.send(ns, Packet.tcp(id, to.dst(), to.dport(), to.src(), to.sport(), flags, payload).withSequence(st[0], st[1])
                .withTimestamps(tsval(fabric.loop().now(), st[2]), st[3]));
    }
}
