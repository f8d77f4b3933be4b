package io.swarmsim.engine.net;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import java.util.function.BiFunction;

/**
 * A listening TCP socket that answers each connection's request with one response and closes,
 * as a sync gunicorn worker does. {@code app} maps (client address, request bytes) to response bytes.
 */
public final class TcpServer implements PacketHandler {
    private final Fabric fabric;
    private final NetNamespace ns;
    private final BiFunction<IpAddress, byte[], byte[]> app;
    private long connections;
    private int sent;

    public TcpServer(Fabric fabric, NetNamespace ns, int port, BiFunction<IpAddress, byte[], byte[]> app) {
        this.fabric = fabric;
        this.ns = ns;
        this.app = app;
        ns.sockets().bind(Protocol.TCP, null, port, this);
    }

    public long connections() {
        return connections;
    }

    @Override
    public void onPacket(Packet p) {
        int f = p.tcpFlags();
        if ((f & TcpFlags.SYN) != 0 && (f & TcpFlags.ACK) == 0) {
            connections++;
            reply(p, TcpFlags.SYN | TcpFlags.ACK, Payload.EMPTY);
        } else if (p.payload().length() > 0) {
            byte[] response = app.apply(p.src(), p.payload().encode());
            reply(p, TcpFlags.ACK, Payload.EMPTY);
            reply(p, TcpFlags.PSH | TcpFlags.ACK, Payload.ofBytes(response));
            reply(p, TcpFlags.FIN | TcpFlags.ACK, Payload.EMPTY);
        } else if ((f & TcpFlags.FIN) != 0) {
            reply(p, TcpFlags.ACK, Payload.EMPTY);
        }
    }

    private void reply(Packet to, int flags, Payload payload) {
        long id = (to.traceId() & ~0xffffL) | (0x8000 + (sent++ & 0x7fff));
        fabric.send(ns, Packet.tcp(id, to.dst(), to.dport(), to.src(), to.sport(), flags, payload));
    }
}
