package io.swarmsim.kernel.conntrack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.TcpFlags;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For any connection with any combination of DNAT and SNAT, the reply the far end sends to the
 * translated addresses comes back to the client carrying the original tuple, reversed.
 */
class ConntrackNatPropertyTest {
    private static IpAddress addr(SplittableRandom r) {
        return IpAddress.v4(10, r.nextInt(4), r.nextInt(4), 1 + r.nextInt(250));
    }

    @Test
    void theReplyOfANatedConnectionRestoresTheOriginalTuple() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 2000; i++) {
            Conntrack ct = new Conntrack();
            boolean udp = r.nextBoolean();
            IpAddress src = addr(r);
            IpAddress dst = addr(r);
            int sport = 1024 + r.nextInt(60000);
            int dport = 1 + r.nextInt(1000);
            Packet p = udp ? Packet.udp(i, src, sport, dst, dport, Payload.EMPTY)
                           : Packet.tcp(i, src, sport, dst, dport, TcpFlags.SYN, Payload.EMPTY);
            Conntrack.Match m = ct.track(p, 0);
            assertTrue(m.created());
            assertEquals(0, ct.size(), "a new connection is not in the table before it is confirmed");
            boolean dnat = r.nextBoolean();
            boolean snat = r.nextBoolean();
            IpAddress newDst = addr(r);
            int newDport = r.nextBoolean() ? dport : 1 + r.nextInt(65535);
            IpAddress newSrc = addr(r);
            int newSport = r.nextBoolean() ? sport : 1024 + r.nextInt(60000);
            if (dnat) {
                ct.bindDestination(m.entry(), newDst, newDport);
            }
            Packet out = Conntrack.manip(m, Conntrack.ManipType.DST, p);
            if (snat) {
                ct.bindSource(m.entry(), newSrc, newSport);
            }
            out = Conntrack.manip(m, Conntrack.ManipType.SRC, out);
            ct.confirm(m); // the first packet left the stack (POSTROUTING)
            assertEquals(dnat ? newDst : dst, out.dst());
            assertEquals(snat ? newSrc : src, out.src());
            // the far end answers the packet it received
            Packet reply = udp ? Packet.udp(i, out.dst(), out.dport(), out.src(), out.sport(), Payload.EMPTY)
                               : Packet.tcp(i, out.dst(), out.dport(), out.src(), out.sport(), TcpFlags.SYN | TcpFlags.ACK, Payload.EMPTY);
            Conntrack.Match back = ct.track(reply, 1);
            assertEquals(Direction.REPLY, back.direction(), "reply must match the connection");
            assertEquals(CtState.ESTABLISHED, back.state());
            Packet restored = Conntrack.manip(back, Conntrack.ManipType.SRC, Conntrack.manip(back, Conntrack.ManipType.DST, reply));
            assertEquals(dst, restored.src(), "reply source is the address the client connected to");
            assertEquals(dport, restored.sport());
            assertEquals(src, restored.dst(), "reply goes back to the client");
            assertEquals(sport, restored.dport());
        }
    }
}
