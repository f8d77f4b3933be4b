package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static io.swarmsim.kernel.ipvs.Pkts.SYN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Property tests over seeded random inputs (java.util.SplittableRandom, fixed seeds). */
class SchedulerPropertyTest {
    static final ServiceKey SVC = ServiceKey.of(Protocol.TCP, IpAddress.parse("10.0.0.4"), 80);

    static IpvsTable table(String scheduler, int[] weights) {
        IpvsTable t = new IpvsTable();
        t.addService(SVC, scheduler);
        for (int i = 0; i < weights.length; i++) {
            t.addDestination(SVC, IpAddress.v4(10, 1, 0, i + 1), 80, weights[i], ForwardMethod.MASQ);
        }
        return t;
    }

    static Packet syn(int client, int port) {
        return Packet.tcp(1, IpAddress.v4(0x0a020000 + client), port, IpAddress.parse("10.0.0.4"), 80, SYN, Payload.EMPTY);
    }

    static Map<IpAddress, Integer> run(IpvsTable t, int conns) {
        Map<IpAddress, Integer> counts = new HashMap<>();
        for (int i = 0; i < conns; i++) {
            IpvsDecision d = t.process(syn(1, 1024 + i), 0);
            counts.merge(d.connection().destAddress(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void rrEqualWeightsCountsWithinOne() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int round = 0; round < 300; round++) {
            int n = rnd.nextInt(1, 9);
            int[] w = new int[n];
            java.util.Arrays.fill(w, 1);
            IpvsTable t = table("rr", w);
            int conns = rnd.nextInt(0, 200);
            Map<IpAddress, Integer> c = run(t, conns);
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int i = 0; i < n; i++) {
                int v = c.getOrDefault(IpAddress.v4(10, 1, 0, i + 1), 0);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            assertTrue(max - min <= 1, "n=" + n + " conns=" + conns + " " + c);
        }
    }

    @Test
    void rrSkipsQuiescedDestinationsUnderRandomWeights() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            int n = rnd.nextInt(1, 8);
            int[] w = new int[n];
            for (int i = 0; i < n; i++) {
                w[i] = rnd.nextInt(0, 3);
            }
            IpvsTable t = table("rr", w);
            int conns = rnd.nextInt(1, 50);
            for (int i = 0; i < conns; i++) {
                IpvsDecision d = t.process(syn(1, 1024 + i), 0);
                boolean anyUp = java.util.Arrays.stream(w).anyMatch(x -> x > 0);
                if (!anyUp) {
                    assertEquals(IpvsDecision.Kind.DROP, d.kind());
                } else {
                    assertTrue(d.connection().server().weight() > 0, d.reason());
                }
            }
        }
    }

    @Test
    void wrrFullCyclesAreExactlyProportional() {
        SplittableRandom rnd = new SplittableRandom(1234);
        for (int round = 0; round < 200; round++) {
            int n = rnd.nextInt(1, 7);
            int[] w = new int[n];
            int sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = rnd.nextInt(1, 11);
                sum += w[i];
            }
            IpvsTable t = table("wrr", w);
            int k = rnd.nextInt(1, 4);
            Map<IpAddress, Integer> c = run(t, k * sum);
            for (int i = 0; i < n; i++) {
                assertEquals(w[i] * k, c.getOrDefault(IpAddress.v4(10, 1, 0, i + 1), 0),
                        "weights " + java.util.Arrays.toString(w) + " k=" + k + " " + c);
            }
        }
    }

    @Test
    void wrrSequenceForWeights4And2() {
        // A (w4) is added first: gcd 4, mw 1, cw 1. Adding B (w2) gives gcd 2, mw 3 and keeps
        // cw = (1 / 2) * 2 + 1 = 1 (ip_vs_wrr_dest_changed). List order is newest first: B, A.
        // cw 1: B, A; then cw 3: A; cw 1: B, A; ...
        IpvsTable t = table("wrr", new int[] {4, 2});
        StringBuilder seq = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            seq.append(t.process(syn(1, 2000 + i), 0).connection().destAddress().toString().charAt(7) == '1' ? 'A' : 'B');
        }
        assertEquals("BAABAA", seq.toString());
    }

    /** lc and wlc: the pick is least loaded (overhead, or overhead/weight) among weight>0 destinations. */
    @Test
    void lcAndWlcPickALeastLoadedDestination() {
        SplittableRandom rnd = new SplittableRandom(99);
        for (String sched : List.of("lc", "wlc")) {
            for (int round = 0; round < 200; round++) {
                int n = rnd.nextInt(1, 7);
                int[] w = new int[n];
                for (int i = 0; i < n; i++) {
                    w[i] = rnd.nextInt(0, 5);
                }
                w[rnd.nextInt(n)] = rnd.nextInt(1, 5);
                IpvsTable t = table(sched, w);
                int port = 1024;
                // random load: new connections, some established by an ACK, some left in SYN_RECV
                for (int i = 0; i < rnd.nextInt(0, 40); i++) {
                    int p = port++;
                    IpvsDecision d = t.process(syn(2, p), 0);
                    if (rnd.nextBoolean()) {
                        t.process(Packet.tcp(1, d.packet().src(), p, IpAddress.parse("10.0.0.4"), 80, Pkts.ACK,
                                Payload.EMPTY), 0);
                    }
                }
                List<RealServer> dests = t.service(SVC).orElseThrow().destinations();
                long[] over = dests.stream().mapToLong(RealServer::overhead).toArray();
                IpvsDecision d = t.process(syn(3, port), 0);
                RealServer chosen = d.connection().server();
                assertTrue(chosen.weight() > 0);
                long chosenOh = over[dests.indexOf(chosen)];
                for (int i = 0; i < dests.size(); i++) {
                    RealServer o = dests.get(i);
                    if (o.weight() == 0) {
                        continue;
                    }
                    if (sched.equals("lc")) {
                        assertTrue(chosenOh <= over[i], d.reason());
                    } else {
                        assertTrue(chosenOh * o.weight() <= over[i] * chosen.weight(), d.reason());
                    }
                }
            }
        }
    }

    @Test
    void lcTieGoesToTheFirstInListOrder() {
        IpvsTable t = table("lc", new int[] {1, 1, 1});
        // list: .3, .2, .1 ; all overhead 0 -> .3
        assertEquals("10.1.0.3", t.process(syn(1, 1), 0).connection().destAddress().toString());
        assertEquals("10.1.0.2", t.process(syn(1, 2), 0).connection().destAddress().toString());
    }

    @Test
    void shBucketsFollowWeightsAndSourcesStick() {
        IpvsTable t = table("sh", new int[] {1, 3});
        SourceHashScheduler sh = (SourceHashScheduler) t.service(SVC).orElseThrow().scheduler();
        // list order: .2 (w3), .1 (w1): buckets .2 .2 .2 .1 repeating
        assertEquals("10.1.0.2", sh.bucketServer(0).address().toString());
        assertEquals("10.1.0.2", sh.bucketServer(2).address().toString());
        assertEquals("10.1.0.1", sh.bucketServer(3).address().toString());
        assertEquals("10.1.0.2", sh.bucketServer(4).address().toString());
        // hash: (ntohl(addr) * 2654435761) & 255, checked by hand for 10.2.0.1 = 0x0a020001:
        // 0x0a020001 * 0x9e3779b1 low byte = 0x01 * 0xb1 = 0xb1 = 177
        assertEquals(177, SourceHashScheduler.bucket(IpAddress.parse("10.2.0.1")));
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            int client = rnd.nextInt(0, 65536);
            IpvsDecision a = t.process(syn(client, 1000), 0);
            IpvsDecision b = t.process(syn(client, 1001), 0);
            assertNotNull(a.connection());
            assertEquals(a.connection().server(), b.connection().server());
            assertEquals(sh.bucketServer(SourceHashScheduler.bucket(a.packet().src())), a.connection().server());
        }
    }
}
