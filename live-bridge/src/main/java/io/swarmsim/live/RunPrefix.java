package io.swarmsim.live;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tag every object of one live run carries: {@code ss} and four hex digits. It is short because
 * it is part of network namespace names a person reads in {@code ip netns list}, and it comes from
 * the process id so two runs started one after the other (the lock forbids two at a time) rarely
 * share one. {@code sim live clean} removes the whole family ({@link #FAMILY}), whatever run made it.
 */
public record RunPrefix(String value) {
    /** Every run's prefix matches this; nothing else on the machine is expected to. */
    public static final Pattern FORM = Pattern.compile("ss[0-9a-f]{4}");
    /** A namespace name of any run: prefix, dash, the rest. */
    public static final Pattern FAMILY = Pattern.compile("ss[0-9a-f]{4}-[A-Za-z0-9][A-Za-z0-9_.-]{0,47}");

    public RunPrefix {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a run prefix is 'ss' and four hex digits, not '" + value + "'");
        }
    }

    /** The prefix of process {@code pid}: its low 16 bits in hex. */
    public static RunPrefix forPid(long pid) {
        return new RunPrefix(String.format(Locale.ROOT, "ss%04x", pid & 0xffff));
    }

    /** The prefix of this JVM. */
    public static RunPrefix current() {
        return forPid(ProcessHandle.current().pid());
    }

    /** The hex part, used where a name must stay short (vxlan devices' temporary names). */
    public String hex() {
        return value.substring(2);
    }

    /** Whether {@code netns} belongs to this run. */
    public boolean owns(String netns) {
        return netns.startsWith(value + "-") && FAMILY.matcher(netns).matches();
    }

    /** Whether {@code netns} belongs to any run (what {@code clean} removes). */
    public static boolean family(String netns) {
        return FAMILY.matcher(netns).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
