package io.swarmsim.engine.scenario;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as Go and compose write them, with integer parts only: {@code 500ms}, {@code 30s},
 * {@code 10m}, {@code 1h30m}; in nanoseconds.
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
    /** The longest duration a scenario may name: 30 days. */
    static final long MAX = 30L * 24 * 3600 * 1_000_000_000L;

    private Durations() {
    }

    /** The duration {@code text} names, or empty when it is not one (or longer than 30 days). */
    public static Optional<Long> parse(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = PART.matcher(text);
        long total = 0;
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                return Optional.empty();
            }
            long unit = switch (m.group(2)) {
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            long n = Long.parseLong(m.group(1));
            // checked before multiplying: 9 digits of hours would overflow a long
            if (n > (MAX - total) / unit) {
                return Optional.empty();
            }
            total += n * unit;
            at = m.end();
        }
        return Optional.of(total);
    }

    /** A duration as the report writes it: {@code 1.500 s}, {@code 600 s}. */
    public static String text(long nanos) {
        if (nanos % 1_000_000_000L == 0) {
            return String.format(Locale.ROOT, "%d s", nanos / 1_000_000_000L);
        }
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
