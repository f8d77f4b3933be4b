package io.swarmsim.kernel.netfilter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded iptables tables of one network namespace. Immutable: {@link #restore(String)} and
 * {@link #withTables(List)} return a new ruleset.
 */
public final class Ruleset {
    private static final Ruleset EMPTY = new Ruleset(new EnumMap<>(TableKind.class), List.of());
    private final Map<TableKind, Table> tables;
    /** Tables in the order they were first loaded into the namespace (x_tables registers each on first use). */
    private final List<TableKind> created;
    private final boolean needsConntrack;

    private Ruleset(Map<TableKind, Table> tables, List<TableKind> created) {
        this.tables = Collections.unmodifiableMap(copy(tables));
        this.created = List.copyOf(created);
        this.needsConntrack = this.tables.values().stream().anyMatch(Ruleset::needsConntrack);
    }

    /**
     * Whether a loaded rule needs connection tracking: a NAT target, or {@code -m conntrack} /
     * {@code -m state}. The kernel tracks connections in a namespace only while something asks it
     * to (their checkentry takes nf_ct_netns_get); without such a rule no packet has a conntrack
     * entry, so the nat table's chains never run, however many rules they hold.
     */
    public boolean needsConntrack() {
        return needsConntrack;
    }

    private static boolean needsConntrack(Table t) {
        for (Chain c : t.chains()) {
            for (Rule r : c.rules()) {
                if (r.target() instanceof NatTarget || r.matches().stream().anyMatch(m -> m instanceof ConntrackMatch)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** No table loaded: every hook accepts. */
    public static Ruleset empty() {
        return EMPTY;
    }

    /**
     * Parses iptables-restore text with one or more {@code *table ... COMMIT} sections.
     *
     * @throws RulesetException naming the line when a table cannot load
     */
    public static Ruleset parse(String iptablesRestoreText) {
        return EMPTY.restore(iptablesRestoreText);
    }

    /**
     * As {@code iptables-restore} without {@code --noflush}: every table in {@code text} replaces the
     * loaded table of that name; the others stay. All or nothing: on error this ruleset is unchanged.
     */
    public Ruleset restore(String text) {
        return withTables(new RulesetParser(text).parse());
    }

    /** This ruleset with each of {@code replacements} in place of the loaded table of its name. */
    public Ruleset withTables(List<Table> replacements) {
        Map<TableKind, Table> next = copy(tables);
        List<TableKind> order = new ArrayList<>(created);
        for (Table t : replacements) {
            if (next.put(t.kind(), t) == null) {
                order.add(t.kind());
            }
        }
        return new Ruleset(next, order);
    }

    /** An EnumMap copy; {@code new EnumMap<>(map)} refuses an empty map that is not an EnumMap. */
    private static Map<TableKind, Table> copy(Map<TableKind, Table> from) {
        Map<TableKind, Table> m = new EnumMap<>(TableKind.class);
        m.putAll(from);
        return m;
    }


    public Optional<Table> table(TableKind kind) {
        return Optional.ofNullable(tables.get(kind));
    }

    /** The loaded table, or null: for the packet path, which asks at every hook. */
    public Table loaded(TableKind kind) {
        return tables.get(kind);
    }

    /** The loaded table, or an empty one (built-in chains, ACCEPT) as the kernel would create it. */
    public Table tableOrEmpty(TableKind kind) {
        Table t = tables.get(kind);
        return t != null ? t : Table.empty(kind);
    }

    /** Loaded tables in iptables-save order (raw, mangle, filter, nat). */
    public List<Table> tables() {
        return new ArrayList<>(tables.values());
    }

    /**
     * Loaded tables in the order iptables-legacy-save prints them: the newest first, as the kernel lists
     * {@code /proc/net/ip_tables_names} (xt_register_table adds each table at the head of the netns's
     * list; recorded with iptables-legacy-restore in a namespace: {@code *mangle *nat *filter} saves as
     * filter, nat, mangle).
     */
    public List<Table> tablesNewestFirst() {
        List<Table> out = new ArrayList<>();
        for (int i = created.size() - 1; i >= 0; i--) {
            out.add(tables.get(created.get(i)));
        }
        return out;
    }

    /** Loaded tables with a chain at {@code hook}, in the order the kernel runs them (by priority). */
    public List<Table> tablesAt(Hook hook) {
        List<Table> out = new ArrayList<>();
        for (Table t : tables.values()) {
            if (t.kind().hasHook(hook)) {
                out.add(t);
            }
        }
        out.sort((a, b) -> Integer.compare(a.kind().priority(hook), b.kind().priority(hook)));
        return out;
    }
}
