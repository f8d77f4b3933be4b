package io.swarmsim.engine.report;

/** A JSON writer for event lines that knows only whether the next member or element needs a comma. */
final class JsonOut {
    private final StringBuilder sb = new StringBuilder(512);
    private boolean first = true;

    void open() {
        sb.append('{');
        first = true;
    }

    void close() {
        sb.append('}');
        first = false;
    }

    void openArray() {
        sb.append('[');
        first = true;
    }

    void closeArray() {
        sb.append(']');
        first = false;
    }

    /** Before an array element. */
    void element() {
        if (!first) {
            sb.append(',');
        }
        first = false;
    }

    void name(String n) {
        element();
        sb.append('"').append(n).append("\":");
    }

    void str(String n, String v) {
        name(n);
        string(v);
    }

    void num(String n, long v) {
        name(n);
        sb.append(Long.toString(v));
    }

    /** An int the kernel treats as unsigned 32-bit (marks). */
    void unsigned(String n, int v) {
        name(n);
        sb.append(Integer.toUnsignedString(v));
    }

    void bool(String n, boolean v) {
        name(n);
        sb.append(v ? "true" : "false");
    }

    void nullValue() {
        sb.append("null");
        first = false;
    }

    /**
     * A JSON string (RFC 8259 §7): {@code "} and {@code \} escaped, control characters as
     * {@code \b \f \n \r \t} or {@code \}{@code u00XX}, U+2028 and U+2029 as {@code \}{@code u2028} /
     * {@code \}{@code u2029} (JavaScript line terminators), an unpaired surrogate as
     * {@code \}{@code uXXXX} (it has no UTF-8 form); everything else as it is.
     */
    void string(String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        hex(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        hex(c);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private void hex(char c) {
        sb.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
            sb.append("0123456789abcdef".charAt((c >>> shift) & 0xf));
        }
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
