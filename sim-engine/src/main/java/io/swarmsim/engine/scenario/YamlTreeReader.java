package io.swarmsim.engine.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML text into a {@link YamlNode} tree that remembers where every key and value was written.
 * Anchors, aliases and merge keys are resolved ({@link YamlAnchors}); duplicate keys are reported to
 * {@link Problems}; a syntax error ends reading with a
 * located {@link ScenarioException}. Public so that other files written next to a scenario (the GUI's
 * walkthrough) are read the same way and their errors name file:line:column just as the scenario's do.
 */
public final class YamlTreeReader {
    /** Deepest nesting of maps and lists read; a stack file needs fewer than ten (README, "Errors"). */
    public static final int MAX_DEPTH = 100;

    private final Path file;
    private final Problems problems;
    private final Deque<String> path = new ArrayDeque<>();
    private final YamlAnchors anchors;
    private YAMLParser parser;
    private String[] lines = new String[0];

    public YamlTreeReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
        this.anchors = new YamlAnchors(problems);
    }

    /** The single document in {@code text}; an empty file is an error. */
    public YamlNode read(String text) throws ScenarioException {
        try (YAMLParser p = (YAMLParser) new YAMLFactory().createParser(text)) {
            parser = p;
            lines = text.split("\n", -1);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw empty();
            }
            YamlNode root = value(first);
            JsonToken more = p.nextToken();
            if (more != null) {
                problems.add(here(), "a second YAML document starts here; expected a single document");
            }
            if (root instanceof YamlNode.ScalarNode s && s.isNull()) {
                throw empty();
            }
            return root;
        } catch (TooDeep e) {
            throw new ScenarioException(new ScenarioError(e.at, "maps and lists nested more than " + MAX_DEPTH
                + " levels deep; expected a stack file at most " + MAX_DEPTH + " levels deep"));
        } catch (IOException | RuntimeException e) {
            throw syntax(e, text);
        }
    }

    /** Ends reading at the first value nested deeper than {@link #MAX_DEPTH}. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Location at;

        TooDeep(Location at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private ScenarioException empty() {
        return new ScenarioException(new ScenarioError(Location.start(file),
            "the file is empty; expected a stack file with a top-level 'services' map"));
    }

    private YamlNode value(JsonToken t) throws IOException {
        Location at = here();
        if (parser.isCurrentAlias()) {
            return anchors.alias(parser.getText(), at).orElse(new YamlNode.ScalarNode(at, "", YamlNode.Kind.NULL));
        }
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && path.size() >= MAX_DEPTH) {
            throw new TooDeep(at);
        }
        String anchor = parser.getObjectId() != null ? parser.getObjectId() : scalarAnchor(t, at);
        YamlNode node = switch (t) {
            case START_OBJECT -> map(at);
            case START_ARRAY -> seq(at);
            case VALUE_STRING -> new YamlNode.ScalarNode(at, parser.getText(), YamlNode.Kind.STRING);
            case VALUE_NUMBER_INT -> new YamlNode.ScalarNode(at, parser.getText(), YamlNode.Kind.INT);
            case VALUE_NUMBER_FLOAT -> new YamlNode.ScalarNode(at, parser.getText(), YamlNode.Kind.FLOAT);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.ScalarNode(at, parser.getText(), YamlNode.Kind.BOOL);
            case VALUE_NULL -> new YamlNode.ScalarNode(at, "", YamlNode.Kind.NULL);
            default -> {
                problems.add(at, "unsupported YAML value (" + t + "); expected a map, a list or a plain value");
                yield new YamlNode.ScalarNode(at, "", YamlNode.Kind.NULL);
            }
        };
        if (anchor != null) {
            anchors.define(anchor, node);
        }
        return node;
    }

    /**
     * The anchor of a scalar ({@code image: &img nginx}), read from the text where the value starts:
     * Jackson 2.17 reports anchors of maps and lists but not of scalars.
     */
    private String scalarAnchor(JsonToken t, Location at) {
        if (!t.isScalarValue() || at.line() > lines.length) {
            return null;
        }
        String line = lines[at.line() - 1];
        int c = at.column() - 1;
        if (c >= line.length() || line.charAt(c) != '&') {
            return null;
        }
        int end = c + 1;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && ",[]{}".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        return end > c + 1 ? line.substring(c + 1, end) : null;
    }

    private YamlNode.MapNode map(Location at) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        List<YamlNode.Entry> merges = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (t != JsonToken.FIELD_NAME) {
                throw new IOException("unexpected " + t + " in a mapping");
            }
            String key = parser.getText() == null ? "" : parser.getText();
            Location keyAt = here();
            path.addLast(key);
            YamlNode v = value(parser.nextToken());
            path.removeLast();
            if (key.equals(YamlAnchors.MERGE_KEY)) {
                merges.add(new YamlNode.Entry(key, keyAt, v));
                continue;
            }
            Location first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                problems.add(keyAt, "duplicate key '" + Text.clip(key) + "' " + where() + " (first at " + first
                    + "); expected each key once");
            } else {
                entries.add(new YamlNode.Entry(key, keyAt, v));
            }
        }
        return new YamlNode.MapNode(at, anchors.merge(entries, merges));
    }

    private YamlNode.SeqNode seq(Location at) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new IOException("unexpected end of input in a list");
            }
            path.addLast("[" + items.size() + "]");
            items.add(value(t));
            path.removeLast();
        }
        return new YamlNode.SeqNode(at, items);
    }

    private String where() {
        if (path.isEmpty()) {
            return "at top level";
        }
        return "under " + String.join(".", path).replace(".[", "[");
    }

    private Location here() {
        return location(parser.currentTokenLocation());
    }

    private Location location(JsonLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return Location.start(file);
        }
        return new Location(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private ScenarioException syntax(Exception e, String text) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof MarkedYAMLException) && !(cause instanceof ReaderException)) {
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (cause instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            Location at = mark == null ? fallback(e) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
            return new ScenarioException(new ScenarioError(at, yamlMessage(m.getProblem(), m.getContext())));
        }
        if (cause instanceof ReaderException r) {
            return new ScenarioException(new ScenarioError(offset(text, r.getPosition()),
                "invalid YAML: character U+" + String.format(java.util.Locale.ROOT, "%04X", r.getCodePoint())
                    + " is not allowed; expected printable text"));
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : joinLines(e.getMessage().lines().findFirst().orElse(""));
        return new ScenarioException(new ScenarioError(fallback(e),
            "invalid YAML: " + Text.clip(msg) + "; expected a well-formed YAML document"));
    }

    private Location fallback(Exception e) {
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            return location(j.getLocation());
        }
        return parser == null ? Location.start(file) : location(parser.currentLocation());
    }

    private Location offset(String text, int position) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Location(file, line, col);
    }

    /** SnakeYAML's text, which may span lines, on one line. */
    private static String joinLines(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Turns SnakeYAML's "expected X, but found Y" into "found Y; expected X". */
    static String yamlMessage(String problem, String context) {
        String p = problem == null ? "syntax error" : joinLines(problem);
        String ctx = context == null ? "" : " (" + joinLines(context) + ")";
        int e = p.indexOf("expected ");
        int f = p.indexOf(", but ");
        int found = p.indexOf(' ', f + ", but ".length());
        if (e >= 0 && f > e && found > 0) {
            return "invalid YAML: found" + p.substring(found) + ctx + "; " + p.substring(e, f);
        }
        if (p.startsWith("mapping values are not allowed")) {
            return "invalid YAML: " + p + ctx + "; expected 'key: value' with the key at the indentation of its siblings";
        }
        if (p.contains("cannot start any token")) {
            return "invalid YAML: " + p + ctx + "; expected spaces (not tabs) for indentation and plain text";
        }
        return "invalid YAML: " + p + ctx + "; expected well-formed YAML";
    }
}
