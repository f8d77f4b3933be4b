package io.swarmsim.kernel.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.trace.TraceEvent.SortPair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mixed answers against several client namespaces: the typed pairs always describe
 * the adjacent pairs of the output, come from the same verdicts as the reason lines, and a tie
 * keeps input order.
 */
class SortPairsPropertiesTest {
    private static final long SEED = 0x9A1E5L;
    private static final int RUNS = 3000;
    private static final List<IpAddress> POOL = Answer.parse("10.0.0.3", "10.0.0.4", "10.0.0.9", "10.0.0.130",
        "10.0.1.7", "10.0.2.9", "172.18.0.5", "172.18.1.3", "8.8.8.8", "127.0.0.1", "169.254.1.1", "fd00::4",
        "fd00::9", "2001:db8:1:1::3", "2001:db8:1:1::ff", "2001:db8:2::4", "2001:db8::1", "fe80::1", "::1");
    private static final List<StaticClientHost> HOSTS = List.of(
        Hosts.docker(true),
        Hosts.docker(false),
        Hosts.dockerLoopbackIpv6Only(),
        Hosts.client("172.18.0.2/16", "172.18.0.1", true),
        StaticClientHost.builder().loopback(true).address(2, "10.0.0.2/32").address(2, Hosts.LINK_LOCAL)
            .route("10.0.0.0/24", 2).build(),
        StaticClientHost.builder().loopback(true).address(2, "10.0.0.2/24").address(2, "fd00::2/64")
            .address(2, Hosts.LINK_LOCAL).defaultRoute("10.0.0.1", 2).build(),
        StaticClientHost.builder().loopback(true).address(2, "2001:db8:1:1::2/64", true)
            .address(2, "2001:db8:1:1::7/64").address(2, "10.0.0.2/24").defaultRoute("2001:db8:1:1::1", 2)
            .defaultRoute("10.0.0.1", 2).build());

    /** A random selection of distinct pool addresses, in random order, 0 to 8 of them. */
    private static List<IpAddress> randomInput(SplittableRandom r) {
        List<IpAddress> pool = new ArrayList<>(POOL);
        List<IpAddress> out = new ArrayList<>();
        int n = r.nextInt(9);
        while (out.size() < n) {
            out.add(pool.remove(r.nextInt(pool.size())));
        }
        return out;
    }

    /** Whether the sorter compares this input: glibc and Go from two addresses, musl only for mixed answers. */
    private static boolean compares(AddressSorter s, List<IpAddress> input) {
        if (input.size() < 2 || s instanceof NoSorter) {
            return false;
        }
        return !(s instanceof MuslSorter) || !input.stream().allMatch(IpAddress::isV4);
    }

    /** Pair i is (order[i], order[i + 1]); a tie keeps the input order. */
    private static void assertAdjacent(List<IpAddress> input, List<IpAddress> order, List<SortPair> pairs,
                                       String what) {
        for (int i = 0; i < pairs.size(); i++) {
            SortPair p = pairs.get(i);
            assertEquals(order.get(i), p.first(), what);
            assertEquals(order.get(i + 1), p.second(), what);
            if (p.tie()) {
                assertTrue(input.indexOf(p.first()) < input.indexOf(p.second()), "a tie reversed the input: " + what);
            }
        }
    }

    /** Tie texts say no rule up to 9 decided; decisive texts name the rule that did. */
    private static void assertTieMatchesText(SortPair p, String what) {
        String t = p.rule();
        boolean saysTie = t.contains("rule 9 tie") || t.contains("rule 9 inert") || t.contains("rule 10")
            || t.contains("no rule decided");
        assertEquals(saysTie, p.tie(), what + ": " + p);
    }

    @Test
    void everySorterGivesOnePairPerAdjacentOutputPairFromTheSameVerdictsAsTheReasons() {
        SplittableRandom r = new SplittableRandom(SEED);
        int compared = 0;
        int ties = 0;
        for (int run = 0; run < RUNS; run++) {
            List<IpAddress> input = randomInput(r);
            StaticClientHost host = HOSTS.get(r.nextInt(HOSTS.size()));
            for (String name : Sorters.NAMES) {
                AddressSorter s = Sorters.byName(name).orElseThrow();
                SortResult out = s.sort(input, host);
                String what = name + " on " + input + " -> " + out.addresses() + "\n" + out.explain();
                List<SortPair> pairs = out.pairs();
                if (!compares(s, input)) {
                    assertEquals(List.of(), pairs, what);
                    continue;
                }
                compared++;
                int n = out.addresses().size();
                assertEquals(n - 1, pairs.size(), what);
                assertAdjacent(input, out.addresses(), pairs, what);
                List<String> tail = out.reasons().subList(out.reasons().size() - (n - 1), out.reasons().size());
                assertEquals(tail, pairs.stream().map(SortPair::rule).toList(), what);
                for (SortPair p : pairs) {
                    assertTieMatchesText(p, what);
                    ties += p.tie() ? 1 : 0;
                }
            }
        }
        assertTrue(compared > RUNS && ties > RUNS / 10, compared + " compared sorts, " + ties + " ties");
    }

    @Test
    void everyProfileCarriesItsNameInputAndPairsOfTheFinalOrder() {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        ClientProfiles profiles = ClientProfiles.standard();
        int regrouped = 0;
        for (int run = 0; run < RUNS; run++) {
            List<IpAddress> picked = randomInput(r);
            Answer answer = Answer.of(picked.stream().filter(IpAddress::isV4).toList(),
                picked.stream().filter(IpAddress::isV6).toList())
                .withFirstResponse(r.nextBoolean() ? RecordType.A : RecordType.AAAA);
            StaticClientHost host = HOSTS.get(r.nextInt(HOSTS.size()));
            for (String name : profiles.names()) {
                ClientProfile p = profiles.get(name);
                Resolution res = p.order(answer, host);
                String what = name + " on " + answer + " -> " + res.addresses() + "\n" + res.explain();
                assertEquals(name, res.profile(), what);
                assertEquals(p.assembly().assemble(answer, p.queries()), res.input(), what);
                assertFalse(res.fromCache(), what);
                boolean sorts = compares(p.sorter(), res.input());
                assertEquals(sorts ? Math.max(0, res.addresses().size() - 1) : 0, res.pairs().size(), what);
                assertAdjacent(res.input(), res.addresses(), res.pairs(), what);
                for (SortPair pair : res.pairs()) {
                    assertTrue(res.reasons().stream().anyMatch(line -> line.startsWith(pair.rule())), what);
                }
                regrouped += res.pairs().stream().anyMatch(x -> x.rule().startsWith(name + ": IPv4")) ? 1 : 0;
            }
        }
        assertTrue(regrouped > 0, "the generator never made java-default regroup");
    }
}
