package io.swarmsim.engine.apps;

import java.util.List;

/** How iputils ping prints round-trip times (ping_common.c): 3 significant digits per reply, µs precision in the summary. */
final class IputilsTime {
    private IputilsTime() {
    }

    /** One reply's {@code time=} text from a round trip in microseconds. */
    static String rtt(long us) {
        if (us >= 100_000) {
            return (us / 1000) + " ms";
        }
        if (us >= 10_000) {
            return String.format(java.util.Locale.ROOT, "%d.%01d ms", us / 1000, (us % 1000) / 100);
        }
        if (us >= 1_000) {
            return String.format(java.util.Locale.ROOT, "%d.%02d ms", us / 1000, (us % 1000) / 10);
        }
        return String.format(java.util.Locale.ROOT, "%d.%03d ms", us / 1000, us % 1000);
    }

    /** {@code min/avg/max/mdev} in ms with three decimals. */
    static String summary(List<Long> us) {
        long min = Long.MAX_VALUE;
        long max = 0;
        long sum = 0;
        long sum2 = 0;
        for (long t : us) {
            min = Math.min(min, t);
            max = Math.max(max, t);
            sum += t;
            sum2 += t * t;
        }
        long n = us.size();
        long avg = sum / n;
        long mdev = (long) Math.sqrt(Math.max(0, sum2 / n - avg * avg));
        return ms(min) + "/" + ms(avg) + "/" + ms(max) + "/" + ms(mdev);
    }

    private static String ms(long us) {
        return String.format(java.util.Locale.ROOT, "%d.%03d", us / 1000, us % 1000);
    }
}
