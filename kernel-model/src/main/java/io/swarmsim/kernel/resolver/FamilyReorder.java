package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/** A runtime's regrouping by family after the libc order (a stable partition, never a sort). */
public enum FamilyReorder {
    NONE,
    /** Java default ({@code java.net.preferIPv6Addresses=false}), Node ≤ 16. */
    IPV4_FIRST,
    /** Java {@code preferIPv6Addresses=true}. */
    IPV6_FIRST;

    public List<IpAddress> apply(List<IpAddress> in) {
        List<IpAddress> out = new ArrayList<>();
        for (int i : positions(in)) {
            out.add(in.get(i));
        }
        return List.copyOf(out);
    }

    /** For each place of the result, the position in {@code in} it comes from. */
    private List<Integer> positions(List<IpAddress> in) {
        List<Integer> out = new ArrayList<>();
        if (this == NONE) {
            for (int i = 0; i < in.size(); i++) {
                out.add(i);
            }
            return out;
        }
        boolean v4First = this == IPV4_FIRST;
        for (boolean wantV4 : new boolean[] {v4First, !v4First}) {
            for (int i = 0; i < in.size(); i++) {
                if (in.get(i).isV4() == wantV4) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** The reason line for applying this reorder to {@code in}, or null for {@link #NONE}. */
    public String describe(String who, List<IpAddress> in) {
        if (this == NONE) {
            return null;
        }
        List<IpAddress> out = apply(in);
        return rule(who) + "; " + (out.equals(in) ? "order unchanged " : "order becomes ") + out;
    }

    /** The rule a regrouped pair is put in order by, e.g. {@code java-default: IPv4 addresses first, ...}. */
    private String rule(String who) {
        String family = this == IPV4_FIRST ? "IPv4" : "IPv6";
        return who + ": " + family + " addresses first, each family keeping the libc order";
    }

    /**
     * The typed pairs of the regrouped order, given the pairs of {@code in} ({@code inPairs}, empty
     * or one per adjacent pair of {@code in}). If the regrouping leaves the order as it is,
     * {@code inPairs} is returned. Otherwise a pair that was adjacent in {@code in} keeps its
     * decision and every other pair is decided by this regrouping (not a tie).
     */
    public List<TraceEvent.SortPair> pairs(String who, List<IpAddress> in, List<TraceEvent.SortPair> inPairs) {
        List<Integer> from = positions(in);
        List<TraceEvent.SortPair> out = new ArrayList<>();
        boolean moved = false;
        for (int k = 0; k + 1 < from.size(); k++) {
            int i = from.get(k);
            int j = from.get(k + 1);
            moved |= i != k;
            if (j == i + 1 && !inPairs.isEmpty()) {
                out.add(inPairs.get(i));
            } else {
                out.add(new TraceEvent.SortPair(in.get(i), in.get(j), false, rule(who)));
            }
        }
        return moved ? List.copyOf(out) : List.copyOf(inPairs);
    }
}
