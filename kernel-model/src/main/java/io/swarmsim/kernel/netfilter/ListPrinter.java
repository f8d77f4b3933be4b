package io.swarmsim.kernel.netfilter;

/** {@code iptables -nvL [-x] -t TABLE}, byte for byte as iptables 1.8.9 (legacy backend, whose policy counters count) prints it. */
public final class ListPrinter {
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
                sb.append(" (policy ").append(c.policy().name()).append(' ')
                        .append(CountFormat.bare(p.packets(), exact)).append("packets, ")
                        .append(CountFormat.bare(p.bytes(), exact)).append("bytes)\n");
            } else {
                sb.append(" (").append(table.references(c.name())).append(" references)\n");
            }
            sb.append(lineNumbers ? "num  " : "").append(exact ? "    pkts      bytes " : " pkts bytes ").append(HEADER_TAIL);
            for (int i = 0; i < c.rules().size(); i++) {
                Rule r = c.rules().get(i);
                PacketCount pc = counters.rule(table.name(), c.name(), i + 1);
                if (lineNumbers) {
                    sb.append(String.format(java.util.Locale.ROOT, "%-4d ", i + 1));
                }
                sb.append(CountFormat.column(pc.packets(), exact)).append(CountFormat.column(pc.bytes(), exact));
                sb.append(line(r)).append('\n');
            }
        }
        return sb.toString();
    }

    /** Everything after the counters: target, prot, opt, in, out, source, destination, extras. */
    static String line(Rule r) {
        IpHeaderMatch h = r.header();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%-9s ", r.target().name()));
        sb.append(h.protocolInverted() ? '!' : ' ');
        sb.append(String.format(java.util.Locale.ROOT, "%-5s", h.listProtocol()));
        sb.append("--  ");
        sb.append(String.format(java.util.Locale.ROOT, "%-6s ", iface(h.inInterface(), h.inInverted())));
        sb.append(String.format(java.util.Locale.ROOT, "%-6s ", iface(h.outInterface(), h.outInverted())));
        sb.append(h.sourceInverted() ? '!' : ' ');
        sb.append(String.format(java.util.Locale.ROOT, "%-19s ", IpHeaderMatch.listAddress(h.source())));
        sb.append(h.destinationInverted() ? '!' : ' ');
        sb.append(String.format(java.util.Locale.ROOT, "%-20s", IpHeaderMatch.listAddress(h.destination())));
        if (r.target() instanceof JumpTarget j && j.isGoto()) {
            sb.append("[goto] ");
        }
        for (Match m : r.matches()) {
            sb.append(m.listText());
        }
        sb.append(r.target().listText());
        return sb.toString();
    }

    private static String iface(String name, boolean inverted) {
        return (inverted ? "!" : "") + (name == null ? "*" : name);
    }
}
