package io.swarmsim.kernel.netfilter;

import java.util.ArrayList;
import java.util.List;

/** Splits a restore line into arguments the way iptables-restore does: blanks, double quotes, \ escapes. */
final class Tokens {
    private final List<String> items;
    private int pos;

    Tokens(List<String> items) {
        this.items = items;
    }

    static Tokens split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false;
        boolean has = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                has = true;
            } else if (c == '"') {
                inQuotes = !inQuotes;
                has = true;
            } else if (!inQuotes && (c == ' ' || c == '\t')) {
                if (has) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    has = false;
                }
            } else {
                cur.append(c);
                has = true;
            }
        }
        if (inQuotes) {
            throw new IllegalArgumentException("unterminated quote");
        }
        if (has) {
            out.add(cur.toString());
        }
        return new Tokens(out);
    }

    boolean hasNext() {
        return pos < items.size();
    }

    String peek() {
        return hasNext() ? items.get(pos) : null;
    }

    String next() {
        return items.get(pos++);
    }

    /** The argument of {@code option}; fails when the line ends. */
    String argument(String option) {
        if (!hasNext()) {
            throw new IllegalArgumentException("option " + option + " requires an argument");
        }
        return next();
    }

    /** Parses an unsigned 32-bit number as strtoul(.., 0) does: decimal, 0x hex or 0 octal. */
    static int number32(String text) {
        try {
            long v;
            if (text.startsWith("0x") || text.startsWith("0X")) {
                v = Long.parseLong(text.substring(2), 16);
            } else if (text.length() > 1 && text.startsWith("0")) {
                v = Long.parseLong(text.substring(1), 8);
            } else {
                v = Long.parseLong(text);
            }
            if (v < 0 || v > 0xffffffffL) {
                throw new NumberFormatException();
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad value \"" + text + "\"");
        }
    }

    /** {@code value[/mask]}; the mask defaults to 0xffffffff. */
    static int[] valueMask(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return new int[] {number32(text), 0xffffffff};
        }
        return new int[] {number32(text.substring(0, slash)), number32(text.substring(slash + 1))};
    }
}
