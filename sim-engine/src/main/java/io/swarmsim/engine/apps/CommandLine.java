package io.swarmsim.engine.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A user command as written in a scenario ({@code curl vote | grep -i "container id"}): the
 * program, its words, and an optional {@code grep [-i] PATTERN} filter on its output.
 */
public record CommandLine(String text, String program, List<String> args, Optional<Grep> grep) {

    /** {@code grep [-i] pattern}: keeps matching lines. */
    public record Grep(String pattern, boolean ignoreCase) {
        public String apply(String output) {
            StringBuilder sb = new StringBuilder();
            for (String line : output.split("\n", -1)) {
                boolean hit = ignoreCase ? line.toLowerCase(Locale.ROOT).contains(pattern.toLowerCase(Locale.ROOT)) : line.contains(pattern);
                if (hit) {
                    sb.append(line).append('\n');
                }
            }
            return sb.toString();
        }
    }

    public static CommandLine parse(String text) {
        String main = text;
        Optional<Grep> grep = Optional.empty();
        int bar = pipe(text);
        if (bar >= 0) {
            main = text.substring(0, bar);
            List<String> g = words(text.substring(bar + 1));
            if (g.isEmpty() || !g.get(0).equals("grep")) {
                throw new IllegalArgumentException("only '| grep [-i] PATTERN' may follow a command, not: " + text.substring(bar + 1).trim());
            }
            boolean i = g.size() > 1 && g.get(1).equals("-i");
            List<String> rest = g.subList(i ? 2 : 1, g.size());
            if (rest.size() != 1) {
                throw new IllegalArgumentException("grep takes one pattern: " + text.substring(bar + 1).trim());
            }
            grep = Optional.of(new Grep(rest.get(0), i));
        }
        List<String> w = words(main);
        if (w.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        return new CommandLine(text, w.get(0), List.copyOf(w.subList(1, w.size())), grep);
    }

    /** The first {@code |} outside quotes, or -1. */
    static int pipe(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '|') {
                return i;
            }
        }
        return -1;
    }

    /** Splits on blanks, honouring single and double quotes. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean any = false;
        char quote = 0;
        for (char ch : s.toCharArray()) {
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
                any = true;
            } else if (Character.isWhitespace(ch)) {
                if (any || cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(ch);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in: " + s.trim());
        }
        if (any || cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
