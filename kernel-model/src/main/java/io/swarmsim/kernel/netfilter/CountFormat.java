package io.swarmsim.kernel.netfilter;

/** Counter columns as xtables_print_num prints them: exact ({@code -x}) or abbreviated K/M/G/T. */
final class CountFormat {
    private CountFormat() {
    }

    /** Table column: {@code %8llu } with -x, else {@code %5llu } or {@code %4lluK } etc. */
    static String column(long n, boolean exact) {
        if (exact) {
            return String.format(java.util.Locale.ROOT, "%8s ", Long.toUnsignedString(n));
        }
        return abbreviated(n, true);
    }

    /** In the policy header: no padding, still abbreviated unless -x. */
    static String bare(long n, boolean exact) {
        return exact ? Long.toUnsignedString(n) + " " : abbreviated(n, false);
    }

    private static String abbreviated(long number, boolean padded) {
        if (Long.compareUnsigned(number, 99999) <= 0) {
            return padded ? String.format(java.util.Locale.ROOT, "%5d ", number) : number + " ";
        }
        String[] units = {"K", "M", "G"};
        long n = number;
        for (String u : units) {
            n = Long.divideUnsigned(n + 500, 1000);
            if (n <= 9999) {
                return (padded ? String.format(java.util.Locale.ROOT, "%4d", n) : Long.toString(n)) + u + " ";
            }
        }
        n = Long.divideUnsigned(n + 500, 1000);
        return (padded ? String.format(java.util.Locale.ROOT, "%4d", n) : Long.toString(n)) + "T ";
    }
}
