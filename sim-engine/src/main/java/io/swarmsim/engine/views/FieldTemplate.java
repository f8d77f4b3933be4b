package io.swarmsim.engine.views;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --format} templates people give list commands ({@code docker service ls --format
 * "{{.Name}}: {{.Replicas}}"}): literal text and {@code {{.Field}}} placeholders, and a leading
 * {@code table} for a header row of the fields' column titles through the formatter's tabwriter
 * ({@code \t} separating cells). Anything else Go's text/template offers is refused as not
 * simulated rather than guessed at.
 */
final class FieldTemplate {
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*\\.(\\w+)\\s*}}");
    private static final Pattern ANY_ACTION = Pattern.compile("\\{\\{");

    private FieldTemplate() {
    }

    /**
     * One line per row; empty when the template uses a field not in {@code titles} or an action other
     * than {@code {{.Field}}}.
     *
     * @param titles each field's column title, in the CLI's words (Name -> NAME, CurrentState -> CURRENT STATE)
     */
    static Optional<String> render(String template, Map<String, String> titles, List<Map<String, String>> rows) {
        boolean table = template.startsWith("table ") || template.equals("table");
        // formatter.Context.preFormat: drop "table", trim blanks, then \t and \n written out become tab and newline
        String body = (table ? template.substring(Math.min(template.length(), 5)) : template).strip()
                .replace("\\t", "\t").replace("\\n", "\n");
        Matcher m = FIELD.matcher(body);
        int fields = 0;
        while (m.find()) {
            if (!titles.containsKey(m.group(1))) {
                return Optional.empty();
            }
            fields++;
        }
        Matcher any = ANY_ACTION.matcher(body);
        int actions = 0;
        while (any.find()) {
            actions++;
        }
        if (actions != fields) {
            return Optional.empty();
        }
        if (!table) {
            StringBuilder out = new StringBuilder();
            rows.forEach(r -> out.append(fill(body, r)).append('\n'));
            return Optional.of(out.toString());
        }
        TabWriter w = TabWriter.formatter();
        w.line(fill(body, titles));
        rows.forEach(r -> w.line(fill(body, r)));
        return Optional.of(w.render());
    }

    private static String fill(String body, Map<String, String> values) {
        Matcher m = FIELD.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The value of {@code --format T} or {@code --format=T} among {@code args}, and the other words. */
    record Parsed(Optional<String> template, List<String> rest) {
        static Parsed of(List<String> args) {
            String t = null;
            List<String> rest = new java.util.ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.startsWith("--format=")) {
                    t = a.substring(9);
                } else if (a.equals("--format") && i + 1 < args.size()) {
                    t = args.get(++i);
                } else {
                    rest.add(a);
                }
            }
            return new Parsed(Optional.ofNullable(t), rest);
        }
    }
}
