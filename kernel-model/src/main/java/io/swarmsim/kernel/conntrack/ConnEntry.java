package io.swarmsim.kernel.conntrack;

import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;

/**
 * One tracked connection: its original tuple (as first seen, before NAT) and the reply tuple it
 * expects (after NAT), the NAT status bits, a protocol state and an expiry time.
 */
public final class ConnEntry {
    /** TCP states as /proc/net/nf_conntrack names them. */
    public enum TcpState { SYN_SENT, SYN_RECV, ESTABLISHED, FIN_WAIT, CLOSE_WAIT, LAST_ACK, TIME_WAIT, CLOSE }

    private final Tuple original;
    private Tuple reply;
    private boolean srcNat;
    private boolean dstNat;
    private boolean seenReply;
    private boolean assured;
    private TcpState tcpState;
    private long expires;
    private boolean removed;
    private boolean confirmed;
    private boolean dstNatInitialized;
    private boolean srcNatInitialized;

    ConnEntry(Tuple original, long now) {
        this.original = original;
        this.reply = original.invert();
        this.tcpState = original.protocol() == Protocol.TCP ? TcpState.SYN_SENT : null;
        this.expires = now + ConntrackTimeouts.initial(original.protocol());
    }

    public Tuple original() {
        return original;
    }

    public Tuple reply() {
        return reply;
    }

    public boolean srcNat() {
        return srcNat;
    }

    public boolean dstNat() {
        return dstNat;
    }

    public boolean seenReply() {
        return seenReply;
    }

    public boolean assured() {
        return assured;
    }

    public TcpState tcpState() {
        return tcpState;
    }

    public long expires() {
        return expires;
    }

    void natDestination(Tuple newReply) {
        reply = newReply;
        dstNat = true;
    }

    boolean confirmed() {
        return confirmed;
    }

    void markConfirmed() {
        confirmed = true;
    }

    /** Whether the nat table has decided this connection's destination (true) or source (false) NAT yet. */
    public boolean natInitialized(boolean destination) {
        return destination ? dstNatInitialized : srcNatInitialized;
    }

    /** Records that the nat table decided (a binding, or none: the kernel's null binding). */
    public void natDecided(boolean destination) {
        if (destination) {
            dstNatInitialized = true;
        } else {
            srcNatInitialized = true;
        }
    }

    boolean removed() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }

    void alterReply(Tuple newReply) {
        reply = newReply;
    }

    void natSource(Tuple newReply) {
        reply = newReply;
        srcNat = true;
    }

    /** Advances protocol state and timeout for a packet seen in {@code dir}. */
    void seen(Packet p, Direction dir, long now) {
        if (dir == Direction.REPLY) {
            if (seenReply && p.protocol() != Protocol.TCP) {
                assured = true;
            }
            seenReply = true;
        }
        if (p.protocol() == Protocol.TCP) {
            tcpState = nextTcp(tcpState, p.tcpFlags(), dir);
            if (tcpState == TcpState.ESTABLISHED) {
                assured = true;
            }
            expires = now + ConntrackTimeouts.tcp(tcpState);
        } else {
            expires = now + ConntrackTimeouts.of(p.protocol(), seenReply, assured);
        }
    }

    private static TcpState nextTcp(TcpState s, int flags, Direction dir) {
        if ((flags & TcpFlags.RST) != 0) {
            return TcpState.CLOSE;
        }
        boolean syn = (flags & TcpFlags.SYN) != 0;
        boolean ack = (flags & TcpFlags.ACK) != 0;
        boolean fin = (flags & TcpFlags.FIN) != 0;
        switch (s) {
            case SYN_SENT:
                return dir == Direction.REPLY && syn && ack ? TcpState.SYN_RECV : s;
            case SYN_RECV:
                return dir == Direction.ORIGINAL && ack && !syn ? TcpState.ESTABLISHED : s;
            case ESTABLISHED:
                return fin ? TcpState.FIN_WAIT : s;
            case FIN_WAIT:
                return fin ? TcpState.LAST_ACK : ack ? TcpState.CLOSE_WAIT : s;
            case CLOSE_WAIT:
                return fin ? TcpState.LAST_ACK : s;
            case LAST_ACK:
                return ack ? TcpState.TIME_WAIT : s;
            default:
                return s;
        }
    }

    @Override
    public String toString() {
        return original + (tcpState != null ? " " + tcpState : "") + " | reply " + reply
                + (srcNat ? " [SNAT]" : "") + (dstNat ? " [DNAT]" : "") + (assured ? " [ASSURED]" : "");
    }
}
