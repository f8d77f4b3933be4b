package io.swarmsim.live.diff;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the counters out of {@code iptables-save -c}: {@code :CHAIN POLICY [p:b]} for a built-in
 * chain's policy, {@code [p:b] -A CHAIN ...} for each rule, numbered per chain in the order saved,
 * which is the order the rules were loaded in.
 */
final class SaveCounters {
    private static final Pattern POLICY = Pattern.compile(":(\\S+) (ACCEPT|DROP) \\[(\\d+):(\\d+)\\]");
    private static final Pattern RULE = Pattern.compile("\\[(\\d+):(\\d+)\\] -A (\\S+) .*");

    static void read(Side side, String saveOutput, Observation into) {
        String table = null;
        Map<String, Integer> numbers = new HashMap<>();
        for (String line : saveOutput.split("\n")) {
            if (line.startsWith("*")) {
                table = line.substring(1).strip();
                numbers.clear();
                continue;
            }
            Matcher p = POLICY.matcher(line);
            if (p.matches()) {
                into.count(side, table, p.group(1), "policy", Long.parseLong(p.group(3)), Long.parseLong(p.group(4)));
                continue;
            }
            Matcher r = RULE.matcher(line);
            if (r.matches()) {
                int n = numbers.merge(r.group(3), 1, Integer::sum);
                into.count(side, table, r.group(3), Integer.toString(n), Long.parseLong(r.group(1)), Long.parseLong(r.group(2)));
            }
        }
    }

    private SaveCounters() {
    }
}
