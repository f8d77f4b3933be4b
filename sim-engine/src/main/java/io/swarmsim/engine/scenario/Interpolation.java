package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.Entry;
import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.ScalarNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variable substitution in values, as Docker's stack loader does it: {@code $VAR}, {@code ${VAR}},
 * {@code ${VAR:-default}} (unset or empty), {@code ${VAR-default}} (unset), {@code ${VAR:?message}},
 * {@code ${VAR?message}} (an error naming the place) and {@code $$} for a literal dollar. An unset
 * variable without a default becomes the empty string. A value that was one variable takes the type
 * its text has ({@code replicas: ${N}} is a number).
 */
final class Interpolation {
    private static final Pattern REFERENCE = Pattern.compile(
        "\\$(?:(\\$)|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\\}|([A-Za-z_][A-Za-z0-9_]*)|(\\{[^}]*\\}?))");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private final Map<String, String> variables;
    private final Problems problems;

    Interpolation(Map<String, String> variables, Problems problems) {
        this.variables = variables;
        this.problems = problems;
    }

    YamlNode apply(YamlNode n) {
        if (n instanceof MapNode m) {
            List<Entry> out = new ArrayList<>();
            for (Entry e : m.entries()) {
                out.add(new Entry(e.key(), e.keyLocation(), apply(e.value())));
            }
            return new MapNode(m.location(), out);
        }
        if (n instanceof SeqNode s) {
            return new SeqNode(s.location(), s.items().stream().map(this::apply).toList());
        }
        ScalarNode s = (ScalarNode) n;
        if (s.kind() != YamlNode.Kind.STRING || s.text().indexOf('$') < 0) {
            return s;
        }
        String text = substitute(s.text(), s.location());
        return new ScalarNode(s.location(), text, REFERENCE.matcher(s.text()).matches() ? kindOf(text) : YamlNode.Kind.STRING);
    }

    String substitute(String text, Location at) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m, at)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(Matcher m, Location at) {
        if (m.group(1) != null) {
            return "$";
        }
        if (m.group(6) != null) {
            problems.add(at, "invalid interpolation format '$" + Text.clip(m.group(6)) + "'; expected ${NAME}, ${NAME:-default} or ${NAME?error}"
                + " (write $$ for a literal $)");
            return "";
        }
        String name = m.group(2) != null ? m.group(2) : m.group(5);
        String v = variables.get(name);
        String op = m.group(3);
        if (op == null) {
            return v == null ? "" : v;
        }
        boolean unset = op.startsWith(":") ? v == null || v.isEmpty() : v == null;
        if (!unset) {
            return v;
        }
        if (op.endsWith("-")) {
            return m.group(4);
        }
        String why = m.group(4).isEmpty() ? "" : ": " + m.group(4);
        problems.add(at, "required variable " + name + " is " + (v == null ? "not set" : "empty") + why
            + "; expected it in the environment or in .env beside the file");
        return "";
    }

    private static YamlNode.Kind kindOf(String text) {
        if (INT.matcher(text).matches()) {
            return YamlNode.Kind.INT;
        }
        if (FLOAT.matcher(text).matches()) {
            return YamlNode.Kind.FLOAT;
        }
        if (text.equals("true") || text.equals("false")) {
            return YamlNode.Kind.BOOL;
        }
        return YamlNode.Kind.STRING;
    }
}
