package io.swarmsim.engine.scenario;

import java.util.Collection;
import java.util.stream.Collectors;

/** Small text helpers for messages. */
final class Text {
    private Text() {
    }

    /** {@code s} cut to a readable length, with control characters made visible. */
    static String clip(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (; i < s.length() && b.length() < 60; i++) {
            char c = s.charAt(i);
            if (breaksLines(c)) {
                b.append(oneLine(String.valueOf(c)));
            } else {
                b.append(c);
            }
        }
        return i < s.length() ? b + "..." : b.toString();
    }

    /** True when {@code s} holds no control character, line or paragraph separator. */
    static boolean printable(String s) {
        return s.codePoints().noneMatch(Text::breaksLines);
    }

    /**
     * {@code s} with every control character, line and paragraph separator written as an escape
     * ({@code \x0a}, {@code \u2028}), so a message stays on one line whatever the file held.
     */
    static String oneLine(String s) {
        if (printable(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            if (!breaksLines(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
            } else {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            }
        });
        return b.toString();
    }

    private static boolean breaksLines(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** {@code a, b, c} for a list of choices. */
    static String choices(Collection<String> items) {
        return items.stream().collect(Collectors.joining(", "));
    }

    /** {@code 'a', 'b' or 'c'}. */
    static String quotedChoices(Collection<String> items) {
        String[] a = items.stream().map(s -> "'" + s + "'").toArray(String[]::new);
        if (a.length == 1) {
            return a[0];
        }
        return String.join(", ", java.util.Arrays.copyOf(a, a.length - 1)) + " or " + a[a.length - 1];
    }
}
