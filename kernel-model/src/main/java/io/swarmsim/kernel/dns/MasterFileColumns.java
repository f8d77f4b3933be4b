package io.swarmsim.kernel.dns;

/**
 * Column layout of records as dig prints them (BIND {@code masterdump.c}, dig's default style: TTL at
 * column 24, class at 32, type at 40, RDATA at 48, tab width 8), including BIND's {@code indent()} rule:
 * at least one character is always emitted; tabs are used when a tab stop is crossed, spaces otherwise.
 * Verified against dig 9.18 with owner names of 5 to 29 characters. In the question section the leading
 * {@code ;} is not counted.
 */
final class MasterFileColumns {
    static final int TTL = 24;
    static final int CLASS = 32;
    static final int TYPE = 40;
    static final int RDATA = 48;
    private static final int TAB = 8;

    private final StringBuilder line = new StringBuilder();
    private int column;

    MasterFileColumns append(String text) {
        line.append(text);
        column += text.length();
        return this;
    }

    /** Pads to {@code to} as BIND's {@code indent()} does. */
    MasterFileColumns indentTo(int to) {
        int target = Math.max(to, column + 1);
        int tabs = target / TAB - column / TAB;
        int spaces = tabs > 0 ? target % TAB : target - column;
        line.append("\t".repeat(tabs)).append(" ".repeat(spaces));
        column = target;
        return this;
    }

    @Override
    public String toString() {
        return line.toString();
    }

    static String record(ResourceRecord r) {
        return new MasterFileColumns().append(r.name()).indentTo(TTL).append(Long.toString(r.ttl()))
                .indentTo(CLASS).append(DnsClass.mnemonic(r.dnsClass())).indentTo(TYPE).append(r.type().mnemonic())
                .indentTo(RDATA).append(r.rdataText()).toString();
    }

    static String question(Question q) {
        // dig prints the ';' outside BIND's column count (verified: ";client." gets four tabs).
        return ";" + new MasterFileColumns().append(q.name()).indentTo(CLASS).append(DnsClass.mnemonic(q.dnsClass()))
                .indentTo(TYPE).append(q.type().mnemonic()).toString();
    }
}
