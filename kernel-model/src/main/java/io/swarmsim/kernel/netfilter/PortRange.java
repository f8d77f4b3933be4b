package io.swarmsim.kernel.netfilter;

/** An inclusive port range; a single port has {@code low == high}. */
public record PortRange(int low, int high) {
    public PortRange {
        if (low < 0 || high > 65535 || low > high) {
            throw new IllegalArgumentException("bad port range " + low + ":" + high);
        }
    }

    public boolean contains(int port) {
        return port >= low && port <= high;
    }

    public boolean single() {
        return low == high;
    }

    /** Parses {@code p}, or {@code a<sep>b}; {@code a:} and {@code :b} are open ends as in iptables. */
    static PortRange parse(String text, char sep) {
        int i = text.indexOf(sep);
        if (i < 0) {
            int p = port(text);
            return new PortRange(p, p);
        }
        String a = text.substring(0, i);
        String b = text.substring(i + 1);
        return new PortRange(a.isEmpty() ? 0 : port(a), b.isEmpty() ? 65535 : port(b));
    }

    static int port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("invalid port \"" + text + "\"");
        }
        int p = Integer.parseInt(text);
        if (p > 65535) {
            throw new IllegalArgumentException("port " + p + " out of range");
        }
        return p;
    }

    /** {@code p} or {@code a<sep>b}. */
    String format(char sep) {
        return single() ? Integer.toString(low) : low + String.valueOf(sep) + high;
    }
}
