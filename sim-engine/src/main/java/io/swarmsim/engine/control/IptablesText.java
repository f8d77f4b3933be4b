package io.swarmsim.engine.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * iptables-restore text built table by table: built-in chains with their policies (ACCEPT unless
 * set), user chains, rules in order. Only tables that received a chain or a rule are written.
 */
final class IptablesText {
    private static final Map<String, List<String>> BUILTIN = Map.of(
            "raw", List.of("PREROUTING", "OUTPUT"),
            "mangle", List.of("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"),
            "nat", List.of("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"),
            "filter", List.of("INPUT", "FORWARD", "OUTPUT"));
    private static final List<String> ORDER = List.of("raw", "mangle", "nat", "filter");

    private final Map<String, List<String>> chains = new LinkedHashMap<>();
    private final Map<String, List<String>> rules = new LinkedHashMap<>();
    private final Map<String, String> policies = new LinkedHashMap<>();

    /** A built-in chain's policy ({@code iptables -P FORWARD DROP}). */
    void policy(String table, String chain, String target) {
        rules.computeIfAbsent(table, t -> new ArrayList<>());
        policies.put(table + " " + chain, target);
    }

    /** Deletes a rule written in -A form ({@code iptables -D}); nothing when it is absent. */
    void delete(String table, String rule) {
        rules.getOrDefault(table, new ArrayList<>()).remove(rule);
    }

    void chain(String table, String chain) {
        List<String> c = chains.computeIfAbsent(table, t -> new ArrayList<>());
        if (!c.contains(chain)) {
            c.add(chain);
        }
        rules.computeIfAbsent(table, t -> new ArrayList<>());
    }

    /** Appends a rule, e.g. {@code rule("nat", "-A OUTPUT -d 127.0.0.11/32 -j DOCKER_OUTPUT")}. */
    void rule(String table, String rule) {
        chains.computeIfAbsent(table, t -> new ArrayList<>());
        rules.computeIfAbsent(table, t -> new ArrayList<>()).add(rule);
    }

    /** Inserts a rule at the top of its chain ({@code iptables -I}); {@code rule} is written in -A form. */
    void insert(String table, String rule) {
        chains.computeIfAbsent(table, t -> new ArrayList<>());
        List<String> list = rules.computeIfAbsent(table, t -> new ArrayList<>());
        String chain = rule.split(" ", 3)[1];
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).split(" ", 3)[1].equals(chain)) {
                list.add(i, rule);
                return;
            }
        }
        list.add(rule);
    }

    boolean has(String table, String rule) {
        return rules.getOrDefault(table, List.of()).contains(rule);
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        for (String table : ORDER) {
            if (!rules.containsKey(table)) {
                continue;
            }
            sb.append('*').append(table).append('\n');
            for (String b : BUILTIN.get(table)) {
                sb.append(':').append(b).append(' ').append(policies.getOrDefault(table + " " + b, "ACCEPT")).append(" [0:0]\n");
            }
            for (String c : chains.getOrDefault(table, List.of())) {
                sb.append(':').append(c).append(" - [0:0]\n");
            }
            for (String r : rules.get(table)) {
                sb.append(r).append('\n');
            }
            sb.append("COMMIT\n");
        }
        return sb.toString();
    }
}
