package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import java.util.List;

/**
 * A destination-selection policy table: labels and precedences by longest-prefix match over IPv6
 * (IPv4 addresses are looked up as {@code ::ffff:a.b.c.d}). glibc keeps separate label and
 * precedence tables, so this class does too.
 */
public final class PolicyTable {
    /** One row: a prefix and its value. */
    public record Row(Prefix prefix, int value) {
        static Row of(String prefix, int value) {
            return new Row(Prefix.parse(prefix), value);
        }
    }

    /** glibc {@code default_labels}/{@code default_precedence}: RFC 3484 style, IPv4 precedence 10, no ULA precedence. */
    public static final PolicyTable GLIBC_DEFAULT = new PolicyTable("glibc default table",
        List.of(Row.of("::1/128", 0), Row.of("2002::/16", 2), Row.of("::/96", 3), Row.of("::ffff:0:0/96", 4),
            Row.of("fec0::/10", 5), Row.of("fc00::/7", 6), Row.of("2001::/32", 7), Row.of("::/0", 1)),
        List.of(Row.of("::1/128", 50), Row.of("2002::/16", 30), Row.of("::/96", 20), Row.of("::ffff:0:0/96", 10),
            Row.of("::/0", 40)));

    /** The RFC 6724 table as musl's {@code defpolicy} has it: IPv4 precedence 35, ULA 3. */
    public static final PolicyTable RFC6724 = new PolicyTable("RFC 6724 table",
        List.of(Row.of("::1/128", 0), Row.of("::ffff:0:0/96", 4), Row.of("2002::/16", 2), Row.of("2001::/32", 5),
            Row.of("fc00::/7", 13), Row.of("::/0", 1)),
        List.of(Row.of("::1/128", 50), Row.of("::ffff:0:0/96", 35), Row.of("2002::/16", 30), Row.of("2001::/32", 5),
            Row.of("fc00::/7", 3), Row.of("::/0", 40)));

    private final String name;
    private final List<Row> labels;
    private final List<Row> precedences;

    public PolicyTable(String name, List<Row> labels, List<Row> precedences) {
        this.name = name;
        this.labels = List.copyOf(labels);
        this.precedences = List.copyOf(precedences);
    }

    public String name() {
        return name;
    }

    public int label(IpAddress a) {
        return lookup(labels, a);
    }

    public int precedence(IpAddress a) {
        return lookup(precedences, a);
    }

    private int lookup(List<Row> rows, IpAddress a) {
        IpAddress v6 = a.toV4Mapped();
        Row best = null;
        for (Row r : rows) {
            if (r.prefix().contains(v6) && (best == null || r.prefix().length() > best.prefix().length())) {
                best = r;
            }
        }
        if (best == null) {
            throw new IllegalStateException(name + " has no row for " + a);
        }
        return best.value();
    }

    @Override
    public String toString() {
        return name;
    }
}
