package io.swarmsim.engine.net;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.SocketTable;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import java.util.Optional;

/**
 * One client TCP connection kept open for many requests (HTTP/1.1 keep-alive): connects on the
 * first request, then sends each request on the open connection and takes the next data segment as
 * its answer. With {@code keepaliveNanos} above 0 it sends TCP keepalive probes (an ACK one byte
 * before what the peer expects, no data) whenever the connection has been idle that long, as
 * SO_KEEPALIVE with tcp_keepalive_time does; the probes keep every middlebox's entry fresh. A RST
 * ends the connection (reset by peer); so does the server's FIN.
 */
public final class KeepAliveClient implements PacketHandler {
    /** What the application hears about its current request. */
    public interface Listener {
        void connected();

        void answered(byte[] response);

        void failed(String why);
    }

    private enum State { IDLE, CONNECTING, OPEN, CLOSED }

    private final Fabric fabric;
    private final NetNamespace ns;
    private final IpAddress dst;
    private final int dport;
    /** The request the connection's packets belong to now: the one sent last (its keepalive probes too). */
    private PacketIds ids;
    private final long keepaliveNanos;
    private State state = State.IDLE;
    private IpAddress src;
    private int sport;
    private SocketTable.Binding binding;
    private long iss;
    private long sndNxt;
    private long rcvNxt;
    private long tsRecent;
    private long lastActivity;
    private byte[] pending;
    private Listener listener;
    private long probes;
    private boolean armed;
    private long idleSince;

    public KeepAliveClient(Fabric fabric, NetNamespace ns, IpAddress dst, int dport, long keepaliveNanos) {
        this.fabric = fabric;
        this.ns = ns;
        this.dst = dst;
        this.dport = dport;
        this.keepaliveNanos = keepaliveNanos;
    }

    public boolean open() {
        return state == State.OPEN;
    }

    public IpAddress destination() {
        return dst;
    }

    public IpAddress source() {
        return src;
    }

    public int sourcePort() {
        return sport;
    }

    /** When the connection last carried a packet before the current request (a request, an answer, a probe). */
    public long idleSince() {
        return idleSince;
    }

    /** Keepalive probes sent so far. */
    public long probes() {
        return probes;
    }

    /**
     * Sends {@code request}, connecting first if the connection is not open yet; its packets, and the
     * server's answers to them, carry {@code requestIds}, so each request's trace is its own.
     */
    public void send(byte[] request, PacketIds requestIds, Listener l) {
        listener = l;
        ids = requestIds;
        if (state == State.OPEN) {
            transmit(request);
            return;
        }
        if (state != State.IDLE) {
            throw new IllegalStateException("connection is " + state);
        }
        Optional<InterfaceAddress> s = ns.sourceFor(dst);
        if (s.isEmpty()) {
            state = State.CLOSED;
            l.failed("connect to " + dst + " port " + dport + " failed: Network is unreachable");
            return;
        }
        pending = request.clone();
        src = s.get().address();
        sport = ns.ephemeralPort(Protocol.TCP);
        binding = ns.sockets().bind(Protocol.TCP, src, sport, this);
        iss = TcpServer.initialSequence(src, sport, dst, dport);
        state = State.CONNECTING;
        segment(TcpFlags.SYN, Payload.EMPTY, iss);
        sndNxt = iss + 1;
        fabric.loop().schedule(TcpClient.SYN_RTO, () -> {
            if (state == State.CONNECTING) {
                segment(TcpFlags.SYN, Payload.EMPTY, iss);
                fabric.loop().schedule(2 * TcpClient.SYN_RTO, () -> {
                    if (state == State.CONNECTING) {
                        fail("connect to " + dst + " port " + dport + " failed: Connection timed out");
                    }
                });
            }
        });
    }

    /** Gives up on the connection without a word on the wire (the application's timeout ran out). */
    public void abort() {
        if (state != State.CLOSED) {
            close();
        }
    }

    @Override
    public void onPacket(Packet p) {
        if (state == State.CLOSED) {
            return;
        }
        tsRecent = p.tsval();
        int f = p.tcpFlags();
        if ((f & TcpFlags.RST) != 0) {
            fail(state == State.CONNECTING ? "connect to " + dst + " port " + dport + " failed: Connection refused"
                    : "recv failure: Connection reset by peer (a RST from " + p.src() + ")");
            return;
        }
        if (state == State.CONNECTING && (f & TcpFlags.SYN) != 0 && (f & TcpFlags.ACK) != 0) {
            state = State.OPEN;
            rcvNxt = p.seq() + 1;
            segment(TcpFlags.ACK, Payload.EMPTY, sndNxt);
            listener.connected();
            transmit(pending);
            pending = null;
            return;
        }
        lastActivity = fabric.loop().now();
        if (p.payload().length() > 0) {
            rcvNxt = p.seq() + p.payload().length();
            segment(TcpFlags.ACK, Payload.EMPTY, sndNxt);
            Listener l = listener;
            listener = null;
            if (l != null) {
                l.answered(p.payload().encode());
            }
        }
        if ((f & TcpFlags.FIN) != 0) {
            rcvNxt = p.seq() + p.payload().length() + 1;
            segment(TcpFlags.FIN | TcpFlags.ACK, Payload.EMPTY, sndNxt);
            fail("the server closed the connection");
        }
    }

    private void transmit(byte[] request) {
        idleSince = lastActivity;
        segment(TcpFlags.PSH | TcpFlags.ACK, Payload.ofBytes(request), sndNxt);
        sndNxt += request.length;
        lastActivity = fabric.loop().now();
        armKeepalive();
    }

    private void armKeepalive() {
        if (keepaliveNanos <= 0 || armed) {
            return;
        }
        armed = true;
        fabric.loop().at(lastActivity + keepaliveNanos, this::keepaliveDue);
    }

    /** The keepalive timer: a probe when the connection has been idle long enough, then the timer again. */
    private void keepaliveDue() {
        armed = false;
        if (state != State.OPEN) {
            return;
        }
        if (fabric.loop().now() - lastActivity >= keepaliveNanos) {
            probes++;
            segment(TcpFlags.ACK, Payload.EMPTY, sndNxt - 1);
            lastActivity = fabric.loop().now();
        }
        armKeepalive();
    }

    private void fail(String why) {
        Listener l = listener;
        listener = null;
        close();
        if (l != null) {
            l.failed(why);
        }
    }

    private void close() {
        state = State.CLOSED;
        if (binding != null) {
            ns.sockets().unbind(binding);
        }
    }

    private void segment(int flags, Payload payload, long seq) {
        boolean syn = (flags & TcpFlags.SYN) != 0;
        Packet p = Packet.tcp(ids.next(), src, sport, dst, dport, flags, payload).withSequence(seq, syn ? 0 : rcvNxt)
                .withTimestamps(TcpServer.tsval(fabric.loop().now(), TcpServer.timestampOffset(src, dst)), syn ? 0 : tsRecent);
        fabric.send(ns, p);
    }
}
