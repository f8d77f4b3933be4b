package io.swarmsim.engine.net;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.SocketTable;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * One client TCP connection, driven by packets: SYN, SYN-ACK, ACK and request, the response, and
 * the close. Tells its listener whether it connected, was refused (RST) or timed out, and hands
 * over the response bytes when the server has closed.
 */
public final class TcpClient implements PacketHandler {
    /** What the application hears. */
    public interface Listener {
        void connected(TcpClient c);

        void refused(TcpClient c, String why);

        void response(TcpClient c, byte[] body);
    }

    /** SYN retransmission timeout of Linux (1 s initial RTO); gives up after 2 tries in this model. */
    static final long SYN_RTO = 1_000_000_000L;

    private final Fabric fabric;
    private final NetNamespace ns;
    private final IpAddress dst;
    private final int dport;
    private final byte[] request;
    private final PacketIds ids;
    private final Listener listener;
    private IpAddress src;
    private int sport;
    private SocketTable.Binding binding;
    private boolean established;
    private long iss;
    private long sndNxt;
    private long rcvNxt;
    /** ts_recent: the last TSval the server sent, echoed as TSecr. */
    private long tsRecent;
    private boolean done;
    private boolean lastAck;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    public TcpClient(Fabric fabric, NetNamespace ns, IpAddress dst, int dport, byte[] request, PacketIds ids, Listener listener) {
        this.fabric = fabric;
        this.ns = ns;
        this.dst = dst;
        this.dport = dport;
        this.request = request.clone();
        this.ids = ids;
        this.listener = listener;
    }

    public void connect() {
        Optional<InterfaceAddress> s = ns.sourceFor(dst);
        if (s.isEmpty()) {
            done = true;
            listener.refused(this, "connect to " + dst + " port " + dport + " failed: Network is unreachable");
            return;
        }
        src = s.get().address();
        sport = ns.ephemeralPort(Protocol.TCP);
        binding = ns.sockets().bind(Protocol.TCP, src, sport, this);
        iss = TcpServer.initialSequence(src, sport, dst, dport);
        send(TcpFlags.SYN, Payload.EMPTY);
        fabric.loop().schedule(SYN_RTO, () -> {
            if (!established && !done) {
                send(TcpFlags.SYN, Payload.EMPTY);
                fabric.loop().schedule(2 * SYN_RTO, () -> {
                    if (!established && !done) {
                        finish();
                        listener.refused(this, "connect to " + dst + " port " + dport + " failed: Connection timed out");
                    }
                });
            }
        });
    }

    /** Gives up: the socket is closed without a word on the wire (the application's own timeout ran out). */
    public void abort() {
        if (!done) {
            finish();
        }
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

    @Override
    public void onPacket(Packet p) {
        if (lastAck) {
            if ((p.tcpFlags() & TcpFlags.ACK) != 0) {
                // LAST_ACK -> CLOSED: the server acknowledged our FIN
                ns.sockets().unbind(binding);
                lastAck = false;
            }
            return;
        }
        if (done) {
            return;
        }
        tsRecent = p.tsval();
        int f = p.tcpFlags();
        if ((f & TcpFlags.RST) != 0) {
            finish();
            listener.refused(this, "connect to " + dst + " port " + dport + " failed: Connection refused");
            return;
        }
        if ((f & TcpFlags.SYN) != 0 && (f & TcpFlags.ACK) != 0 && !established) {
            established = true;
            rcvNxt = p.seq() + 1;
            send(TcpFlags.ACK, Payload.EMPTY);
            listener.connected(this);
            send(TcpFlags.PSH | TcpFlags.ACK, Payload.ofBytes(request));
            return;
        }
        if (p.payload().length() > 0) {
            byte[] b = p.payload().encode();
            received.write(b, 0, b.length);
            rcvNxt = p.seq() + b.length;
            send(TcpFlags.ACK, Payload.EMPTY);
        }
        if ((f & TcpFlags.FIN) != 0) {
            rcvNxt = p.seq() + p.payload().length() + 1;
            send(TcpFlags.FIN | TcpFlags.ACK, Payload.EMPTY);
            done = true;
            lastAck = true;
            listener.response(this, received.toByteArray());
        }
    }

    private void finish() {
        done = true;
        if (binding != null) {
            ns.sockets().unbind(binding);
        }
    }

    private void send(int flags, Payload payload) {
        boolean syn = (flags & TcpFlags.SYN) != 0;
        Packet p = Packet.tcp(ids.next(), src, sport, dst, dport, flags, payload).withSequence(syn ? iss : sndNxt, rcvNxt)
                .withTimestamps(TcpServer.tsval(fabric.loop().now(), TcpServer.timestampOffset(src, dst)), syn ? 0 : tsRecent);
        sndNxt = syn ? iss + 1 : sndNxt + payload.length() + ((flags & TcpFlags.FIN) != 0 ? 1 : 0);
        fabric.send(ns, p);
    }
}
