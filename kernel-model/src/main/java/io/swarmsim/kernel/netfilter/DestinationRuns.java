package io.swarmsim.kernel.netfilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The per-destination MARK rules of a chain found in one probe, the idea of the kernel's ipset:
 * Docker writes one {@code -d VIP/32 -j MARK --set-xmark FWMARK} rule per VIP, and a run of such
 * rules (nothing but an IPv4 host destination matched, a MARK target) matches a packet by its
 * destination alone. So the rules of a run that match are found by looking the destination up in a
 * sorted table, and the others are looked at without matching, as the walk would: the counters and
 * the number of rules looked at stay exactly the walk's. Runs shorter than {@link #MIN_RUN} are
 * left to the walk.
 */
final class DestinationRuns {
    static final int MIN_RUN = 4;
    private static final int[] NONE = new int[0];

    /**
     * Rules {@code start} to {@code end - 1} (0-based) of a chain; {@code rules[i]} are the indices
     * of the rules whose destination is {@code destinations[i]}, in chain order.
     */
    record Run(int start, int end, int[] destinations, int[][] rules) {
        int length() {
            return end - start;
        }

        /** The indices of the run's rules that match a packet to IPv4 address {@code dst}. */
        int[] matching(int dst) {
            int i = Arrays.binarySearch(destinations, dst);
            return i < 0 ? NONE : rules[i];
        }
    }

    private final Run[] startingAt;

    private DestinationRuns(Run[] startingAt) {
        this.startingAt = startingAt;
    }

    /** The runs of {@code chain}, or null if it has none. */
    static DestinationRuns of(Chain chain) {
        List<Rule> rules = chain.rules();
        Run[] at = new Run[rules.size()];
        boolean any = false;
        int i = 0;
        while (i < rules.size()) {
            int end = i;
            while (end < rules.size() && byDestinationOnly(rules.get(end))) {
                end++;
            }
            if (end - i >= MIN_RUN) {
                at[i] = run(rules, i, end);
                any = true;
            }
            i = Math.max(end, i + 1);
        }
        return any ? new DestinationRuns(at) : null;
    }

    /** The run that starts at rule index {@code index}, or null. */
    Run startingAt(int index) {
        return startingAt[index];
    }

    /** {@code -d a.b.c.d/32 -j MARK ...} and nothing else. */
    static boolean byDestinationOnly(Rule r) {
        IpHeaderMatch h = r.header();
        return r.target() instanceof MarkTarget && r.matches().isEmpty()
                && h.destination() != null && !h.destinationInverted() && h.destination().length() == 32 && h.destination().address().isV4()
                && h.source() == null && h.inInterface() == null && h.outInterface() == null && h.protocol() == null;
    }

    private static Run run(List<Rule> rules, int start, int end) {
        TreeMap<Integer, List<Integer>> byDestination = new TreeMap<>();
        for (int i = start; i < end; i++) {
            byDestination.computeIfAbsent(rules.get(i).header().destination().address().toInt(), k -> new ArrayList<>()).add(i);
        }
        int[] destinations = new int[byDestination.size()];
        int[][] indices = new int[byDestination.size()][];
        int k = 0;
        for (var e : byDestination.entrySet()) {
            destinations[k] = e.getKey();
            indices[k++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
        return new Run(start, end, destinations, indices);
    }
}
