package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.Packet;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static io.swarmsim.kernel.ipvs.Pkts.ACK;
import static io.swarmsim.kernel.ipvs.Pkts.SECOND;
import static io.swarmsim.kernel.ipvs.Pkts.SYN;
import static io.swarmsim.kernel.ipvs.Pkts.SYNACK;
import static io.swarmsim.kernel.ipvs.Pkts.tcp;
import static io.swarmsim.kernel.ipvs.Pkts.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeoutTest {
    private static IpvsTable established(long at) {
        IpvsTable t = RoundRobinAndLifecycleTest.seedVip();
        Packet syn = tcp("10.0.0.2", 40000, "10.0.0.4", 80, SYN, 279);
        IpvsDecision in = t.process(syn, at);
        t.process(Pkts.replyFrom(syn, in.packet().dst(), 80, SYNACK), at);
        t.process(tcp("10.0.0.2", 40000, "10.0.0.4", 80, ACK, 279), at);
        return t;
    }

    @Test
    void establishedIdleExpiresAfter900Seconds() {
        IpvsTable t = established(0);
        assertEquals(1, t.connections(900 * SECOND - 1).size());
        assertEquals(0, t.connections(900 * SECOND).size());
        // after expiry a non-SYN packet of the old connection is no longer IPVS's (the idle-15-min issue)
        assertEquals(IpvsDecision.Kind.PASS,
                t.process(tcp("10.0.0.2", 40000, "10.0.0.4", 80, ACK, 279), 901 * SECOND).kind());
    }

    @Test
    void trafficRearmsTheTimer() {
        IpvsTable t = established(0);
        t.process(tcp("10.0.0.2", 40000, "10.0.0.4", 80, ACK, 279), 800 * SECOND);
        assertEquals(1, t.connections(1699 * SECOND).size());
        assertEquals(0, t.connections(1700 * SECOND).size());
    }

    @Test
    void setTimeoutsChangesEstablishedAndUdp() {
        IpvsTable t = RoundRobinAndLifecycleTest.seedVip();
        t.timeouts(new IpvsTimeouts(60, 30, 10));
        t.process(udp("10.0.0.2", 5000, "10.0.0.4", 53, 1, 279), 0);
        assertEquals(1, t.connections(9 * SECOND).size());
        assertEquals(0, t.connections(10 * SECOND).size());
    }

    /** Property: for random idle gaps, a UDP entry lives exactly 300 s after its last packet, SYN_RECV 60 s. */
    @Test
    void randomIdleGapsAgainstDefaultTimeouts() {
        SplittableRandom rnd = new SplittableRandom(0x1505L);
        for (int round = 0; round < 200; round++) {
            IpvsTable t = RoundRobinAndLifecycleTest.seedVip();
            long start = rnd.nextLong(0, 1_000_000L) * SECOND;
            t.process(udp("10.0.0.2", 5000, "10.0.0.4", 53, 1, 279), start);
            t.process(tcp("10.0.0.2", 6000, "10.0.0.4", 80, SYN, 279), start);
            long gap = rnd.nextLong(0, 400) * SECOND + rnd.nextLong(0, SECOND);
            int alive = t.connections(start + gap).size();
            int expected = (gap < 300 * SECOND ? 1 : 0) + (gap < 60 * SECOND ? 1 : 0);
            assertEquals(expected, alive, "gap " + gap);
            for (IpvsConnection c : t.connections(start + gap)) {
                long left = c.secondsLeft(start + gap);
                assertTrue(left <= ("UDP".equals(c.stateName()) ? 300 : 60));
            }
        }
    }
}
