package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the generated rules exercised: for each construct (a target, a match, an inversion, a
 * table's chain), how many generated rules used it and how many of those the kernel counted at
 * least one packet on. A construct that never matches is one the test says little about.
 */
final class Coverage {
    private static final String[][] FEATURES = {
        {"-s ", "-s"}, {"-d ", "-d"}, {"-i ", "-i"}, {"-o ", "-o"}, {"! -", "inverted -s/-d/-i/-o/-p"},
        {"-p tcp", "-p tcp"}, {"-p udp", "-p udp"}, {"-p icmp", "-p icmp"}, {"--dport", "--dport"},
        {"--sport", "--sport"}, {"--icmp-type", "--icmp-type"}, {"-m multiport", "-m multiport"},
        {"-m mark", "-m mark"}, {"-m conntrack", "-m conntrack"}, {"-m state", "-m state"},
        {"-m addrtype", "-m addrtype"}, {"--limit-iface", "addrtype --limit-iface-in/out"},
        {"--mode nth", "statistic nth"}, {"--mode random", "statistic random 0/1"}, {"-m comment", "-m comment"},
        {"-j ACCEPT", "ACCEPT"}, {"-j DROP", "DROP"}, {"-j RETURN", "RETURN"}, {"-j CH", "jump"}, {"-g CH", "goto"},
        {"-j MARK", "MARK"}, {"-j DNAT", "DNAT"}, {"-j SNAT", "SNAT"}, {"-j MASQUERADE", "MASQUERADE"},
        {"-j REDIRECT", "REDIRECT"}, {"--to-ports", "NAT --to-ports"}};

    /** {rules using it, rules the kernel counted a packet on}. */
    private final Map<String, long[]> features = new TreeMap<>();

    void record(DiffCase c, Observation real) {
        for (Side s : Side.values()) {
            for (GenTable t : c.rules(s).tables()) {
                for (GenChain ch : t.chains()) {
                    for (int i = 0; i < ch.rules().size(); i++) {
                        GenRule r = ch.rules().get(i);
                        if (Observers.isObserver(r)) {
                            continue;
                        }
                        boolean hit = real.packets(s, t.name(), ch.name(), Integer.toString(i + 1)) > 0;
                        for (String f : features(t.name(), ch, r)) {
                            long[] n = features.computeIfAbsent(f, k -> new long[2]);
                            n[0]++;
                            n[1] += hit ? 1 : 0;
                        }
                    }
                }
            }
        }
    }

    private static List<String> features(String table, GenChain chain, GenRule r) {
        List<String> out = new ArrayList<>();
        out.add(chain.builtin() ? table + " " + chain.name() : table + " user chain");
        String line = " " + String.join(" ", r.matches()) + " " + r.target();
        for (String[] f : FEATURES) {
            if (line.contains(f[0])) {
                out.add(f[1]);
            }
        }
        return out;
    }

    void add(Coverage other) {
        other.features.forEach((k, v) -> {
            long[] n = features.computeIfAbsent(k, x -> new long[2]);
            n[0] += v[0];
            n[1] += v[1];
        });
    }

    /** One line per construct: {@code name rules/matched}. */
    String report() {
        StringBuilder sb = new StringBuilder("  coverage (rules generated / rules the kernel counted packets on):\n");
        int col = 0;
        for (Map.Entry<String, long[]> e : features.entrySet()) {
            String item = String.format(Locale.ROOT, "%-28s %5d/%-5d", e.getKey(), e.getValue()[0], e.getValue()[1]);
            sb.append(col == 0 ? "    " : "  ").append(item);
            if (++col == 3) {
                sb.append('\n');
                col = 0;
            }
        }
        return sb.append(col == 0 ? "" : "\n").toString();
    }
}
