package io.swarmsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, line-level damage to a valid scenario as a careful user might do it by hand: values replaced by
 * edge cases (huge counts, reserved subnets, bad host names, YAML syntax, line breaks), lines deleted,
 * duplicated, moved or re-indented. The same seed gives the same text.
 */
final class ScenarioMutator {
    private static final String LONG_LABEL = "a".repeat(64);
    private static final List<String> VALUES = List.of(
        "", "0", "-1", "1", "2", "253", "300", "65534", "99999999999", "1000000", "1.5", "~", "null", "true", "[]", "{}",
        "[", "{", "&a", "*a", "!!binary AAAA", "'unterminated", "\"x\\ny\"", "\"a\\u2028b\"", "\"\\u0000\"", "|", ">",
        "0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/16", "10.255.0.0/24", "172.18.0.0/16", "10.0.0.0/30", "10.0.0.0/31",
        "192.168.99.101", "255.255.255.255", "300.1.1.1", "fe80::1",
        "dig a..b", "dig " + LONG_LABEL, "curl vöte", "ping -c1 vote", "ping -c 1000000 vote", "ping vote", "curl vote:99999",
        "curl http://vote:8080/x", "dig +short tasks.vote", "dig vote vote", "curl -v vote", "nc vote 80", "curl vote | grep",
        "curl vote | sort", "dig " + (LONG_LABEL.substring(1) + ".").repeat(5),
        "\"8080:80\"", "\"80-3000\"", "\"1-65535:1-65535\"", "\"30000\"", "\"8080:80/sctp\"", "\"host\"", "\"0:0\"",
        "global", "replicated", "dnsrr", "vip", "host", "ingress", "overlay", "bridge", "\"1.12\"", "\"1.13\"", "\"18.06\"",
        "\"20.10\"", "\"0.9\"", "\"99.0\"", "node.hostname == nope", "node.role == manager", "node.role != worker",
        "client.1", "client.9", "vote.0", "node1", "node9", "node1:ingress_sbox", "manager", "worker",
        "musl", "glibc", "java-default", "busybox");

    private final Random random;

    ScenarioMutator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code text} with one to three mutations applied. */
    String mutate(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n && !lines.isEmpty(); i++) {
            apply(lines);
        }
        return String.join("\n", lines);
    }

    private void apply(List<String> lines) {
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(8)) {
            case 0, 1, 2 -> lines.set(at, withValue(line, pick()));
            case 3 -> lines.remove(at);
            case 4 -> lines.add(at, line);
            case 5 -> lines.add(random.nextInt(lines.size() + 1), lines.get(random.nextInt(lines.size())));
            case 6 -> lines.set(at, random.nextBoolean() ? "  " + line : line.replaceFirst("^  ", ""));
            default -> lines.set(at, insertAt(line, random.nextInt(line.length() + 1), pickChar()));
        }
    }

    private String pick() {
        return VALUES.get(random.nextInt(VALUES.size()));
    }

    private String pickChar() {
        String chars = "\t:-{}[]&*!|>'\"#,?%@ x0\u2028\u00e9\u0085";
        return String.valueOf(chars.charAt(random.nextInt(chars.length())));
    }

    /** The line with what follows its key (or list dash) replaced by {@code value}. */
    private static String withValue(String line, String value) {
        int colon = line.indexOf(": ");
        if (colon >= 0) {
            return line.substring(0, colon + 2) + value;
        }
        int dash = line.indexOf("- ");
        if (dash >= 0) {
            return line.substring(0, dash + 2) + value;
        }
        return line.endsWith(":") ? line + " " + value : line;
    }

    private static String insertAt(String line, int i, String s) {
        return line.substring(0, i) + s + line.substring(i);
    }
}
