package io.swarmsim.engine.scenario;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses placement constraints such as {@code node.hostname == node1} or {@code node.role!=manager}. */
final class ConstraintParser {
    private static final Pattern FORM = Pattern.compile("\\s*([^\\s=!]+)\\s*(==|!=)\\s*(\\S+)\\s*");
    private static final String EXPECTED =
        "expected 'node.hostname == NAME', 'node.role == manager|worker', 'node.labels.KEY == VALUE' or 'node.platform.os|arch == VALUE'"
        + " (or != instead of ==)";

    private ConstraintParser() {
    }

    /** The constraint written as {@code text} at {@code at}, or empty after reporting what is wrong. */
    static Optional<Constraint> parse(String text, Location at, String path, Problems problems) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            problems.add(at, path + " '" + Text.clip(text) + "' is not a constraint; " + EXPECTED);
            return Optional.empty();
        }
        String key = m.group(1);
        boolean equal = m.group(2).equals("==");
        String value = m.group(3);
        if (key.equals(Constraint.ROLE)) {
            if (!value.equals("manager") && !value.equals("worker")) {
                problems.add(at, path + " compares node.role with '" + Text.clip(value)
                    + "'; expected manager or worker");
                return Optional.empty();
            }
        } else if (!Constraint.known(key)) {
            String hint = Nearest.to(key, java.util.List.of(Constraint.HOSTNAME, Constraint.ROLE, Constraint.OS, Constraint.ARCH, "node.labels"))
                .map(s -> " (did you mean '" + s + "'?)").orElse("");
            problems.add(at, path + " uses unknown placement constraint key '" + Text.clip(key) + "'" + hint
                + "; expected node.hostname, node.role, node.labels.KEY, node.platform.os or node.platform.arch");
            return Optional.empty();
        }
        return Optional.of(new Constraint(key, equal, value));
    }
}
