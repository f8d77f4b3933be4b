package io.swarmsim.kernel.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded random IPv4-only answers and client addresses (no property-testing library). */
class SortPropertiesTest {
    private static final long SEED = 0x5EEDL;
    private static final int RUNS = 2000;

    private record Case(IpAddress client, int prefixLength, List<IpAddress> answer, StaticClientHost hostV6,
                        StaticClientHost hostNoV6) {
        String describe() {
            return "client " + client + "/" + prefixLength + ", answer " + answer;
        }
    }

    /** Global-scope unicast IPv4 (no 0/8, 127/8, 169.254/16, multicast or class E). */
    private static int randomClient(SplittableRandom r) {
        while (true) {
            int v = r.nextInt();
            int first = v >>> 24;
            if (first != 0 && first != 127 && first < 224 && (v >>> 16) != 0xA9FE) {
                return v;
            }
        }
    }

    private static Case randomCase(SplittableRandom r) {
        int client = randomClient(r);
        int prefix = 1 + r.nextInt(31);
        int n = 1 + r.nextInt(8);
        Set<IpAddress> dsts = new LinkedHashSet<>();
        while (dsts.size() < n) {
            // Flip a random number of low bits: near neighbours, some inside the prefix, some outside.
            int flipBits = 1 + r.nextInt(32);
            int noise = r.nextInt() & (flipBits == 32 ? -1 : (1 << flipBits) - 1);
            int d = client ^ noise;
            int first = d >>> 24;
            if (d != client && first != 0 && first != 127 && first < 224 && (d >>> 16) != 0xA9FE) {
                dsts.add(IpAddress.v4(d));
            }
        }
        String cidr = IpAddress.v4(client) + "/" + prefix;
        Prefix net = Prefix.parse(cidr).network();
        IpAddress gw = IpAddress.v4(net.address().toInt() ^ 1);
        if (gw.toInt() == client) {
            gw = IpAddress.v4(gw.toInt() ^ 2);
        }
        StaticClientHost v6 = StaticClientHost.builder().loopback(true).address(2, cidr).address(2, Hosts.LINK_LOCAL)
            .defaultRoute(gw.toString(), 2).build();
        StaticClientHost noV6 = StaticClientHost.builder().loopback(false).address(2, cidr)
            .defaultRoute(gw.toString(), 2).build();
        return new Case(IpAddress.v4(client), prefix, List.copyOf(dsts), v6, noV6);
    }

    private static void assertPermutation(List<IpAddress> in, List<IpAddress> out, String what) {
        assertEquals(in.size(), out.size(), what);
        List<IpAddress> a = new ArrayList<>(in);
        List<IpAddress> b = new ArrayList<>(out);
        a.sort(null);
        b.sort(null);
        assertEquals(a, b, what);
    }

    @Test
    void glibcCurrentWithIpv6PutsTheLongestInSubnetMatchFirstAndOtherwiseKeepsOrder() {
        SplittableRandom r = new SplittableRandom(SEED);
        AddressSorter glibc = GlibcSorter.current();
        int sawInSubnet = 0;
        int sawNone = 0;
        for (int run = 0; run < RUNS; run++) {
            Case c = randomCase(r);
            Prefix subnet = new Prefix(c.client(), c.prefixLength());
            List<IpAddress> out = glibc.sort(c.answer(), c.hostV6()).addresses();
            assertPermutation(c.answer(), out, c.describe());
            IpAddress best = null;
            for (IpAddress d : c.answer()) {
                if (subnet.contains(d) && (best == null
                    || c.client().commonPrefixLength(d) > c.client().commonPrefixLength(best))) {
                    best = d;
                }
            }
            if (best != null) {
                sawInSubnet++;
                assertEquals(best, out.get(0), c.describe());
            } else {
                sawNone++;
                assertEquals(c.answer(), out, "nothing in subnet, order must be kept: " + c.describe());
            }
            assertEquals(c.answer(), glibc.sort(c.answer(), c.hostNoV6()).addresses(),
                "no IPv6, rule 9 inert: " + c.describe());
        }
        assertTrue(sawInSubnet > RUNS / 10 && sawNone > RUNS / 10, sawInSubnet + " in-subnet vs " + sawNone);
    }

    /**
     * glibc 2.4-2.7: rule 2 first (RFC 1918 is site-local there, so scope can differ from the
     * source's), then every IPv4 pair by full 32-bit common prefix, whatever the subnet.
     */
    @Test
    void glibcOldOrdersByScopeMatchThenLongestMatchOverall() {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        ScopeModel scopes = ScopeModel.GLIBC_PRE_2_17;
        int sawMismatch = 0;
        for (int run = 0; run < RUNS; run++) {
            Case c = randomCase(r);
            int srcScope = scopes.scope(c.client());
            List<IpAddress> out = GlibcSorter.old().sort(c.answer(), c.hostNoV6()).addresses();
            assertPermutation(c.answer(), out, c.describe());
            for (int i = 0; i + 1 < out.size(); i++) {
                boolean m1 = scopes.scope(out.get(i)) == srcScope;
                boolean m2 = scopes.scope(out.get(i + 1)) == srcScope;
                assertTrue(m1 || !m2, "scope-matching first: " + c.describe() + " -> " + out);
                if (m1 != m2) {
                    sawMismatch++;
                } else {
                    assertTrue(c.client().commonPrefixLength(out.get(i))
                        >= c.client().commonPrefixLength(out.get(i + 1)), c.describe() + " -> " + out);
                }
            }
        }
        assertTrue(sawMismatch > 0, "the generator never produced a scope mismatch");
    }

    @Test
    void muslGoAndNoneNeverReorderIpv4OnlyAnswers() {
        SplittableRandom r = new SplittableRandom(SEED + 2);
        List<AddressSorter> sorters = List.of(new MuslSorter(), new GoSorter(), new NoSorter("none"));
        for (int run = 0; run < RUNS; run++) {
            Case c = randomCase(r);
            for (AddressSorter s : sorters) {
                for (StaticClientHost h : List.of(c.hostV6(), c.hostNoV6())) {
                    SortResult out = s.sort(c.answer(), h);
                    assertEquals(c.answer(), out.addresses(), s.name() + ": " + c.describe());
                    assertEquals(out.addresses().size() < 2 ? 1 : expectedReasonLines(s, c.answer().size()),
                        out.reasons().size(), s.name() + " reasons: " + out.reasons());
                }
            }
        }
    }

    /** One overall line, plus one line per adjacent pair for the comparator sort (Go). */
    private static int expectedReasonLines(AddressSorter s, int n) {
        return s instanceof GoSorter ? n : 1;
    }
}
