package io.swarmsim.kernel.netfilter;

/**
 * {@code iptables -L [-n] [-v [-x]] [--line-numbers] [CHAIN] -t TABLE}, byte for byte as iptables
 * 1.8.9 (legacy backend, whose policy counters count) prints it.
 */
public final class ListPrinter {
    private static final String SHORT_HEADER = "target     prot opt source               destination         \n";
    private static final String HEADER_TAIL =
            "target     prot opt in     out     source               destination         \n";

    private ListPrinter() {
    }

    /**
     * @param exact true for {@code -x} (exact counters), false for K/M/G abbreviations
     */
    public static String list(Table table, Counters counters, boolean exact) {
        return list(table, counters, exact, null, false);
    }

    /**
     * @param chain        only this chain ({@code iptables -nvL CHAIN}: its block, no blank line after), or null for all
     * @param lineNumbers  {@code --line-numbers}: a {@code num} column first
     */
    public static String list(Table table, Counters counters, boolean exact, String chain, boolean lineNumbers) {
        return list(table, counters, exact, chain, lineNumbers, true, ListNames.NUMERIC);
    }

    /**
     * {@code iptables -L} in general: {@code verbose} ({@code -v}) adds the counters and the in/out
     * columns; {@code names} is {@link ListNames#NUMERIC} under {@code -n}.
     */
    public static String list(Table table, Counters counters, boolean exact, String chain, boolean lineNumbers,
                              boolean verbose, ListNames names) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Chain c : table.chains()) {
            if (chain != null && !c.name().equals(chain)) {
                continue;
            }
            if (!first) {
                sb.append('\n');
            }
            first = false;
            sb.append("Chain ").append(c.name());
            if (c.builtin()) {
                PacketCount p = counters.policy(table.name(), c.name());
                sb.append(" (policy ").append(c.policy().name());
                if (verbose) {
                    sb.append(' ').append(CountFormat.bare(p.packets(), exact)).append("packets, ")
                            .append(CountFormat.bare(p.bytes(), exact)).append("bytes");
                }
                sb.append(")\n");
            } else {
                sb.append(" (").append(table.references(c.name())).append(" references)\n");
            }
            sb.append(lineNumbers ? "num  " : "");
            if (verbose) {
                sb.append(exact ? "    pkts      bytes " : " pkts bytes ").append(HEADER_TAIL);
            } else {
                sb.append(SHORT_HEADER);
            }
            for (int i = 0; i < c.rules().size(); i++) {
                Rule r = c.rules().get(i);
                PacketCount pc = counters.rule(table.name(), c.name(), i + 1);
                if (lineNumbers) {
                    sb.append(String.format(java.util.Locale.ROOT, "%-4d ", i + 1));
                }
                if (verbose) {
                    sb.append(CountFormat.column(pc.packets(), exact)).append(CountFormat.column(pc.bytes(), exact));
                }
                sb.append(line(r, verbose, names)).append('\n');
            }
        }
        return sb.toString();
    }

    /** Everything after the counters, as -nvL prints it. */
    static String line(Rule r) {
        return line(r, true, ListNames.NUMERIC);
    }

    /** Everything after the counters: target, prot, opt, in and out (verbose only), source, destination, extras. */
    static String line(Rule r, boolean verbose, ListNames names) {
        IpHeaderMatch h = r.header();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%-9s ", r.target().name()));
        sb.append(h.protocolInverted() ? '!' : ' ');
        sb.append(String.format(java.util.Locale.ROOT, "%-5s", names.protocol(h.protocol())));
        if (verbose) {
            sb.append("--  ");
            sb.append(String.format(java.util.Locale.ROOT, "%-6s ", iface(h.inInterface(), h.inInverted(), names)));
            sb.append(String.format(java.util.Locale.ROOT, "%-6s ", iface(h.outInterface(), h.outInverted(), names)));
        } else {
            sb.append("-- ");
        }
        sb.append(h.sourceInverted() ? '!' : ' ');
        sb.append(String.format(java.util.Locale.ROOT, "%-19s ", names.address(h.source())));
        sb.append(h.destinationInverted() ? '!' : ' ');
        sb.append(String.format(java.util.Locale.ROOT, "%-20s", names.address(h.destination())));
        if (r.target() instanceof JumpTarget j && j.isGoto()) {
            sb.append("[goto] ");
        }
        for (Match m : r.matches()) {
            sb.append(m.listText(names, h.protocol()));
        }
        sb.append(r.target().listText());
        return sb.toString();
    }

    /** An interface column: any interface is {@code *} under -n, {@code any} without it. */
    private static String iface(String name, boolean inverted, ListNames names) {
        return (inverted ? "!" : "") + (name == null ? (names.numeric() ? "*" : "any") : name);
    }
}
