package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static io.swarmsim.kernel.ipvs.Pkts.SYN;
import static io.swarmsim.kernel.ipvs.Pkts.SYNACK;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MasqPropertyTest {
    /** Property: for random clients, VIPs, ports and destination ports, the reply's source is the virtual address:port the client used. */
    @Test
    void replyRestoresTheVirtualAddress() {
        SplittableRandom rnd = new SplittableRandom(2024);
        for (int round = 0; round < 500; round++) {
            IpvsTable t = new IpvsTable();
            int mark = rnd.nextInt(256, 100000);
            ServiceKey k = ServiceKey.fwmark(mark);
            t.addService(k, "rr");
            int destPort = rnd.nextBoolean() ? 0 : rnd.nextInt(1, 65536);
            IpAddress real = IpAddress.v4(0x0a000000 | rnd.nextInt(2, 1 << 16));
            t.addDestination(k, real, destPort, 1, ForwardMethod.MASQ);
            IpAddress client = IpAddress.v4(0xc0a80000 | rnd.nextInt(1, 1 << 16));
            IpAddress vip = IpAddress.v4(0x0a000000 | rnd.nextInt(1 << 17, 1 << 18));
            int cport = rnd.nextInt(1024, 65536);
            int vport = rnd.nextInt(1, 65536);
            boolean tcp = rnd.nextBoolean();
            Packet first = tcp
                    ? Packet.tcp(1, client, cport, vip, vport, SYN, Payload.EMPTY).withMark(mark)
                    : Packet.udp(1, client, cport, vip, vport, Payload.EMPTY).withMark(mark);
            IpvsDecision in = t.process(first, 0);
            int expectedPort = destPort == 0 ? vport : destPort;
            assertEquals(real, in.packet().dst());
            assertEquals(expectedPort, in.packet().dport());
            Packet reply = tcp
                    ? Packet.tcp(2, real, expectedPort, client, cport, SYNACK, Payload.EMPTY)
                    : Packet.udp(2, real, expectedPort, client, cport, Payload.EMPTY);
            IpvsDecision out = t.process(reply, Pkts.SECOND);
            assertEquals(IpvsDecision.Direction.OUT, out.direction());
            assertEquals(vip, out.packet().src());
            assertEquals(vport, out.packet().sport());
            assertEquals(client, out.packet().dst());
            assertEquals(cport, out.packet().dport());
        }
    }
}
