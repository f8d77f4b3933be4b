package io.swarmsim.gui.inspect;

/**
 * Reads the parts of a rule the namespace view needs from its {@code iptables -S} text (what the
 * snapshot carries): its target, and the rule without the {@code -A CHAIN} in front, which the
 * chain's heading already says.
 */
final class RuleText {
    private RuleText() {
    }

    /** The word after {@code -j} or {@code -g}; empty when the rule has no target (it only counts). */
    static String target(String rule) {
        String[] w = rule.trim().split("\\s+");
        for (int i = 0; i + 1 < w.length; i++) {
            if (w[i].equals("-j") || w[i].equals("-g") || w[i].equals("--jump") || w[i].equals("--goto")) {
                return w[i + 1];
            }
        }
        return "";
    }

    /** {@code -d 10.0.0.4/32 -j MARK ...} from {@code -A OUTPUT -d 10.0.0.4/32 -j MARK ...}. */
    static String body(String rule) {
        String r = rule.trim();
        if (r.startsWith("-A ")) {
            int space = r.indexOf(' ', 3);
            return space < 0 ? "" : r.substring(space + 1);
        }
        return r;
    }
}
