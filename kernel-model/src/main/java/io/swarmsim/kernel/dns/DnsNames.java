package io.swarmsim.kernel.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Helpers for domain names held as text. Names in messages are kept fully qualified (trailing dot)
 * with their case preserved; lookups use {@link #canonical}.
 */
public final class DnsNames {
    /** Longest label, RFC 1035 §2.3.4. */
    public static final int MAX_LABEL = 63;
    /** Longest name in wire form including the root label, RFC 1035 §2.3.4. */
    public static final int MAX_WIRE_LENGTH = 255;

    private DnsNames() {
    }

    /** {@code "vote"} becomes {@code "vote."}; {@code "."} and {@code ""} become the root {@code "."}. */
    public static String fqdn(String name) {
        if (name.isEmpty() || name.equals(".")) {
            return ".";
        }
        return name.endsWith(".") ? name : name + ".";
    }

    /** Lower-cased and without the trailing dot: the key Docker's name tables use. */
    public static String canonical(String name) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return n.toLowerCase(Locale.ROOT);
    }

    /** The labels of a name, root excluded; validates label and name lengths. */
    public static List<String> labels(String name) {
        String f = fqdn(name);
        List<String> out = new ArrayList<>();
        if (f.equals(".")) {
            return out;
        }
        int wire = 1;
        for (String label : f.substring(0, f.length() - 1).split("\\.", -1)) {
            if (label.isEmpty()) {
                throw new IllegalArgumentException("empty label in " + name);
            }
            if (label.length() > MAX_LABEL) {
                throw new IllegalArgumentException("label longer than 63 octets in " + name);
            }
            for (int i = 0; i < label.length(); i++) {
                if (label.charAt(i) > 0x7f) {
                    throw new IllegalArgumentException("non-ASCII label in " + name);
                }
            }
            wire += 1 + label.length();
            out.add(label);
        }
        if (wire > MAX_WIRE_LENGTH) {
            throw new IllegalArgumentException("name longer than 255 octets: " + name);
        }
        return out;
    }

    /** Octets of the uncompressed wire form. */
    public static int wireLength(String name) {
        int n = 1;
        for (String l : labels(name)) {
            n += 1 + l.length();
        }
        return n;
    }
}
