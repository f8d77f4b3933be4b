package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;

/** {@code -m comment --comment text}: always matches. */
public record CommentMatch(String comment) implements Match {

    private static final String NO_QUOTE = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Override
    public String module() {
        return "comment";
    }

    @Override
    public boolean matches(Packet packet, PacketContext ctx, MatchState state) {
        return true;
    }

    @Override
    public String listText() {
        return " /* " + comment + " */";
    }

    @Override
    public String saveText() {
        return " -m comment --comment " + saveString(comment);
    }

    /** As xtables_save_string: bare when only safe characters, else double-quoted with \ escapes. */
    static String saveString(String s) {
        boolean safe = !s.isEmpty() && s.chars().allMatch(c -> NO_QUOTE.indexOf(c) >= 0);
        if (safe) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c == '\'') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
