package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.Kind;
import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.ScalarNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Typed access to a located YAML tree: each accessor either returns the value or reports a located
 * "what was found; what was expected" problem and returns empty. Also checks map keys against the
 * keys a place allows and records the keys that are accepted but not simulated. Public for the same
 * reason as {@link YamlTreeReader}: one wording of "found; expected" for every file a teacher writes.
 */
public final class Reading {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");

    private final Problems problems;
    private final List<NotSimulated> notSimulated = new ArrayList<>();

    public Reading(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    List<NotSimulated> notSimulated() {
        return List.copyOf(notSimulated);
    }

    public void error(Location at, String message) {
        problems.add(at, message);
    }

    /**
     * Reports keys of {@code m} that are neither in {@code simulated} nor {@code ignored} (with the nearest
     * valid key), and records the {@code ignored} ones as not simulated. Keys starting with {@code x-} are
     * extensions and pass silently.
     */
    public void checkKeys(MapNode m, String path, Set<String> simulated, Set<String> ignored) {
        for (YamlNode.Entry e : m.entries()) {
            String k = e.key();
            if (simulated.contains(k) || k.startsWith("x-")) {
                continue;
            }
            String full = path.isEmpty() ? k : path + "." + k;
            if (ignored.contains(k)) {
                notSimulated.add(new NotSimulated(full, e.keyLocation()));
                continue;
            }
            TreeSet<String> valid = new TreeSet<>(simulated);
            valid.addAll(ignored);
            String under = path.isEmpty() ? "at top level" : "under " + path;
            String hint = Nearest.to(k, valid).map(s -> "; did you mean '" + s + "'?")
                .orElse("; expected one of: " + Text.choices(valid));
            error(e.keyLocation(), "unknown key '" + Text.clip(k) + "' " + under + hint);
        }
    }

    /** Records {@code path} as accepted but not simulated. */
    void notSimulated(String path, Location at) {
        notSimulated.add(new NotSimulated(path, at));
    }

    private void wrongType(YamlNode n, String path, String expected) {
        error(n.location(), path + " is " + n.describe() + "; expected " + expected);
    }

    public Optional<MapNode> map(YamlNode n, String path) {
        if (n instanceof MapNode m) {
            return Optional.of(m);
        }
        wrongType(n, path, "a map of keys and values");
        return Optional.empty();
    }

    /** A map whose keys are checked against {@code simulated} (see {@link #checkKeys}); empty, with an error, for another node. */
    Optional<MapNode> checkedMap(YamlNode n, String path, Set<String> simulated) {
        Optional<MapNode> m = map(n, path);
        m.ifPresent(x -> checkKeys(x, path, simulated, ComposeKeys.NONE));
        return m;
    }

    /** A map, where an empty value means an empty map. */
    Optional<MapNode> mapOrEmpty(YamlNode n, String path) {
        if (n instanceof ScalarNode s && s.isNull()) {
            return Optional.of(new MapNode(n.location(), List.of()));
        }
        return map(n, path);
    }

    public Optional<SeqNode> list(YamlNode n, String path, String ofWhat) {
        if (n instanceof SeqNode s) {
            return Optional.of(s);
        }
        wrongType(n, path, "a list of " + ofWhat);
        return Optional.empty();
    }

    /** A non-empty scalar, as text; numbers and booleans give their written form. */
    public Optional<String> string(YamlNode n, String path) {
        if (n instanceof ScalarNode s && !s.isNull() && !s.text().isEmpty()) {
            return Optional.of(s.text());
        }
        wrongType(n, path, "a non-empty string");
        return Optional.empty();
    }

    /** A string in a list, e.g. {@code [a, b]} or a single string (when {@code singleAllowed}). */
    public Optional<List<String>> strings(YamlNode n, String path, boolean singleAllowed) {
        if (singleAllowed && n instanceof ScalarNode) {
            return string(n, path).map(List::of);
        }
        Optional<SeqNode> seq = list(n, path, "strings");
        if (seq.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.get().items().size(); i++) {
            Optional<String> s = string(seq.get().items().get(i), path + "[" + i + "]");
            ok &= s.isPresent();
            s.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    public Optional<Long> integer(YamlNode n, String path, long min, long max, String expected) {
        if (n instanceof ScalarNode s && (s.kind() == Kind.INT || s.kind() == Kind.STRING)
            && DECIMAL.matcher(s.text().strip()).matches()) {
            BigInteger v = new BigInteger(s.text().strip());
            if (v.compareTo(BigInteger.valueOf(min)) >= 0 && v.compareTo(BigInteger.valueOf(max)) <= 0) {
                return Optional.of(v.longValue());
            }
            error(n.location(), path + " is " + Text.clip(s.text()) + ", out of range; expected " + expected);
            return Optional.empty();
        }
        wrongType(n, path, expected);
        return Optional.empty();
    }

    public Optional<Integer> intValue(YamlNode n, String path, int min, int max, String expected) {
        return integer(n, path, min, max, expected).map(Long::intValue);
    }

    Optional<Boolean> bool(YamlNode n, String path) {
        if (n instanceof ScalarNode s && (s.kind() == Kind.BOOL || s.kind() == Kind.STRING)) {
            String t = s.text().strip().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("true") || t.equals("yes") || t.equals("on")) {
                return Optional.of(true);
            }
            if (t.equals("false") || t.equals("no") || t.equals("off")) {
                return Optional.of(false);
            }
        }
        wrongType(n, path, "true or false");
        return Optional.empty();
    }

    /** One of a fixed set of words, e.g. {@code vip} or {@code dnsrr}. */
    <T> Optional<T> choice(YamlNode n, String path, Map<String, T> choices) {
        if (n instanceof ScalarNode s && s.kind() == Kind.STRING && choices.containsKey(s.text())) {
            return Optional.of(choices.get(s.text()));
        }
        wrongType(n, path, "one of " + Text.quotedChoices(choices.keySet()));
        return Optional.empty();
    }
}
