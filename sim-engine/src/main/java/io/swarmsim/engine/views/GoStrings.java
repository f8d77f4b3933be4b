package io.swarmsim.engine.views;

/** Go string helpers the Docker CLI prints through: {@code strconv.Quote} and rune truncation. */
final class GoStrings {
    private GoStrings() {
    }

    /** {@code strconv.Quote}: double quotes, backslash escapes for quotes, backslashes and control characters. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    /** pkg/stringutils {@code Truncate}: the first {@code max} runes, no marker (Docker 1.12). */
    static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    /** pkg/stringutils {@code Ellipsis}: {@code max} runes in all, the last ones replaced by {@code marker}. */
    static String ellipsis(String s, int max, String marker) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        int keep = max - marker.codePointCount(0, marker.length());
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, keep))) + marker;
    }

    /** stringid {@code TruncateID}: the first 12 characters. */
    static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }
}
