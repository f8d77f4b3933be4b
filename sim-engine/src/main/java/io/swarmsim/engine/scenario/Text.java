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
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return i < s.length() ? b + "..." : b.toString();
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
