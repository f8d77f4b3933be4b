package io.swarmsim.kernel.netfilter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads iptables-restore text: {@code *table}, {@code :CHAIN POLICY [p:b]}, {@code -A/-I}, {@code COMMIT}. */
final class RulesetParser {
    private static final Pattern CHAIN_LINE = Pattern.compile(":(\\S+)\\s+(\\S+)(?:\\s+\\[(\\d+):(\\d+)\\])?\\s*");
    private static final Pattern COUNTERS = Pattern.compile("\\[(\\d+):(\\d+)\\]\\s+(.*)");

    private final String[] lines;

    RulesetParser(String text) {
        this.lines = text.split("\n", -1);
    }

    /** A chain while its table is being read. */
    private static final class Draft {
        final String name;
        final Hook hook;
        final Verdict policy;
        final PacketCount counters;
        final List<Rule> rules = new ArrayList<>();

        Draft(String name, Hook hook, Verdict policy, PacketCount counters) {
            this.name = name;
            this.hook = hook;
            this.policy = policy;
            this.counters = counters;
        }
    }

    List<Table> parse() {
        List<Table> tables = new ArrayList<>();
        TableKind kind = null;
        int tableLine = 0;
        Map<String, Draft> chains = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("*")) {
                    if (kind != null) {
                        throw new RulesetException(tableLine, "table " + kind.tableName() + " has no COMMIT before line " + n);
                    }
                    kind = TableKind.byName(line.substring(1).strip());
                    if (kind == null) {
                        throw new IllegalArgumentException("unknown table \"" + line.substring(1).strip() + "\"");
                    }
                    tableLine = n;
                    chains = new LinkedHashMap<>();
                    for (Hook h : kind.hooks()) {
                        chains.put(h.chainName(), new Draft(h.chainName(), h, Verdict.ACCEPT, PacketCount.ZERO));
                    }
                } else if (kind == null) {
                    throw new IllegalArgumentException("no *table line before \"" + line + "\"");
                } else if (line.equals("COMMIT")) {
                    tables.add(commit(kind, chains, n));
                    kind = null;
                } else if (line.startsWith(":")) {
                    declareChain(kind, chains, line);
                } else {
                    addRule(kind, chains, line, n);
                }
            } catch (IllegalArgumentException e) {
                throw new RulesetException(n, e.getMessage());
            }
        }
        if (kind != null) {
            throw new RulesetException(tableLine, "table " + kind.tableName() + " has no COMMIT");
        }
        return tables;
    }

    private static void declareChain(TableKind kind, Map<String, Draft> chains, String line) {
        Matcher m = CHAIN_LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad chain line \"" + line + "\"");
        }
        String name = m.group(1);
        String policy = m.group(2);
        PacketCount pc = m.group(3) == null ? PacketCount.ZERO
                : new PacketCount(Long.parseUnsignedLong(m.group(3)), Long.parseUnsignedLong(m.group(4)));
        Hook hook = Hook.ofChain(name);
        if (hook != null) {
            if (!kind.hasHook(hook)) {
                throw new IllegalArgumentException("built-in chain " + name + " does not exist in table " + kind.tableName());
            }
            if (!policy.equals("ACCEPT") && !policy.equals("DROP")) {
                throw new IllegalArgumentException("bad policy \"" + policy + "\" for built-in chain " + name);
            }
            chains.put(name, new Draft(name, hook, Verdict.valueOf(policy), pc));
            return;
        }
        if (!policy.equals("-")) {
            throw new IllegalArgumentException("user chain " + name + " cannot have a policy (\"" + policy + "\")");
        }
        if (name.length() > 28 || name.startsWith("-") || name.startsWith("!")
                || List.of("ACCEPT", "DROP", "RETURN", "QUEUE").contains(name)) {
            throw new IllegalArgumentException("invalid chain name \"" + name + "\"");
        }
        if (chains.containsKey(name)) {
            throw new IllegalArgumentException("chain " + name + " already exists");
        }
        chains.put(name, new Draft(name, null, null, PacketCount.ZERO));
    }

    private static void addRule(TableKind kind, Map<String, Draft> chains, String line, int n) {
        PacketCount pc = PacketCount.ZERO;
        String text = line;
        Matcher m = COUNTERS.matcher(line);
        if (m.matches()) {
            pc = new PacketCount(Long.parseUnsignedLong(m.group(1)), Long.parseUnsignedLong(m.group(2)));
            text = m.group(3);
        } else if (!line.startsWith("-")) {
            throw new IllegalArgumentException("unsupported line \"" + line + "\"");
        }
        RuleParser.Command c = RuleParser.parse(text, pc, n);
        if (kind == TableKind.NAT && c.rule().target() instanceof VerdictTarget v && v.verdict() == Verdict.DROP) {
            // iptables refuses it while parsing the rule (a DROP policy on a nat chain it lets through)
            throw new IllegalArgumentException("The \"nat\" table is not intended for filtering, the use of DROP is therefore inhibited.");
        }
        Draft d = chains.get(c.chain());
        if (d == null) {
            throw new IllegalArgumentException("unknown chain \"" + c.chain() + "\"");
        }
        if (c.insert()) {
            if (c.position() > d.rules.size() + 1) {
                throw new IllegalArgumentException("index of insertion too big");
            }
            d.rules.add(c.position() - 1, c.rule());
        } else {
            d.rules.add(c.rule());
        }
    }

    private static Table commit(TableKind kind, Map<String, Draft> drafts, int commitLine) {
        List<Chain> chains = new ArrayList<>();
        for (Draft d : drafts.values()) {
            chains.add(new Chain(d.name, d.hook, d.policy, d.rules, d.counters));
        }
        Table table = new Table(kind, chains);
        TableValidator.validate(table, commitLine);
        return table;
    }
}
