package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one run of a case left to see, in the same terms for the kernel and the model: whether each
 * namespace's rules loaded, the packet and byte counters of every rule and built-in chain policy
 * (keyed {@code "A nat OUTPUT 2"}, {@code "B filter INPUT policy"}), each namespace's conntrack
 * entries as tuples before and after NAT (ICMP without its identifier, which ping picks), and what
 * each probe's sender saw. Marks are seen through the counters of the rules that match them.
 */
final class Observation {
    private final Map<Side, String> loadErrors = new EnumMap<>(Side.class);
    private final Map<String, long[]> counters = new TreeMap<>();
    private final Map<Side, List<String>> conntrack = new EnumMap<>(Side.class);
    private final List<Probe.Outcome> outcomes = new ArrayList<>();

    void loadError(Side side, String error) {
        loadErrors.put(side, error);
    }

    boolean loaded() {
        return loadErrors.isEmpty();
    }

    String loadError(Side side) {
        return loadErrors.get(side);
    }

    void count(Side side, String table, String chain, String which, long packets, long bytes) {
        counters.put(side + " " + table + " " + chain + " " + which, new long[] {packets, bytes});
    }

    void conntrack(Side side, List<String> entries) {
        conntrack.put(side, List.copyOf(new TreeSet<>(entries)));
    }

    void outcome(Probe.Outcome o) {
        outcomes.add(o);
    }

    List<Probe.Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /**
     * Every way {@code model} differs from this (the kernel's) observation, one line each, naming
     * the rule, policy, conntrack entry or probe; empty when they agree.
     *
     * @param probes the case's probes, to name them
     */
    List<Difference> differences(Observation model, List<Probe> probes) {
        List<Difference> out = new ArrayList<>();
        for (Side s : Side.values()) {
            boolean realOk = loadErrors.get(s) == null;
            boolean modelOk = model.loadErrors.get(s) == null;
            if (realOk != modelOk) {
                out.add(new Difference(s + " load " + realOk, s + " rules: kernel "
                        + (realOk ? "loaded them" : "refused them: " + loadErrors.get(s))
                        + ", model " + (modelOk ? "loaded them" : "refused them: " + model.loadErrors.get(s))));
            }
        }
        if (!out.isEmpty() || !loaded()) {
            return out;
        }
        TreeSet<String> keys = new TreeSet<>(counters.keySet());
        keys.addAll(model.counters.keySet());
        for (String k : keys) {
            long[] r = counters.getOrDefault(k, new long[2]);
            long[] m = model.counters.getOrDefault(k, new long[2]);
            if (r[0] != m[0] || r[1] != m[1]) {
                out.add(new Difference(r[0] != m[0] ? "packets" : "bytes",
                        k + ": kernel " + r[0] + " packets/" + r[1] + " bytes, model " + m[0] + "/" + m[1]));
            }
        }
        for (Side s : Side.values()) {
            List<String> r = conntrack.getOrDefault(s, List.of());
            List<String> m = model.conntrack.getOrDefault(s, List.of());
            if (!r.equals(m)) {
                out.add(new Difference(s + " conntrack", s + " conntrack: kernel " + r + ", model " + m));
            }
        }
        for (int i = 0; i < probes.size() && i < outcomes.size() && i < model.outcomes.size(); i++) {
            Probe.Outcome r = outcomes.get(i);
            if (r != model.outcomes.get(i) || r == Probe.Outcome.TOOL_ERROR) {
                out.add(new Difference("outcome", "probe " + probes.get(i) + ": kernel " + r + ", model " + model.outcomes.get(i)));
            }
        }
        return out;
    }

    /** The packets counted on one rule ({@code which} its number) or policy ({@code "policy"}). */
    long packets(Side side, String table, String chain, String which) {
        long[] c = counters.get(side + " " + table + " " + chain + " " + which);
        return c == null ? 0 : c[0];
    }

    /** Total packets the kernel counted on the generated rules (not the raw observers): a measure of coverage. */
    long matchedPackets() {
        return counters.entrySet().stream().filter(e -> !e.getKey().contains(" raw ") && !e.getKey().endsWith("policy"))
                .mapToLong(e -> e.getValue()[0]).sum();
    }
}
