package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.TcpFlags;

/** Packet builders for the IPVS tests. */
final class Pkts {
    static final long SECOND = 1_000_000_000L;
    static final int SYN = TcpFlags.SYN;
    static final int SYNACK = TcpFlags.SYN | TcpFlags.ACK;
    static final int ACK = TcpFlags.ACK;
    static final int FIN = TcpFlags.FIN | TcpFlags.ACK;

    private Pkts() {
    }

    static IpAddress ip(String s) {
        return IpAddress.parse(s);
    }

    static Packet tcp(String src, int sport, String dst, int dport, int flags, int mark) {
        return Packet.tcp(1, ip(src), sport, ip(dst), dport, flags, Payload.EMPTY).withMark(mark);
    }

    static Packet udp(String src, int sport, String dst, int dport, int payload, int mark) {
        return Packet.udp(1, ip(src), sport, ip(dst), dport, Payload.ofBytes(new byte[payload])).withMark(mark);
    }

    /** The reply of {@code p} from the given real server address/port. */
    static Packet replyFrom(Packet p, IpAddress server, int serverPort, int flags) {
        return Packet.tcp(2, server, serverPort, p.src(), p.sport(), flags, Payload.EMPTY);
    }
}
