package io.swarmsim.engine.scenario;

import java.util.List;
import java.util.Optional;

/** A YAML value with the place it was written: a mapping with ordered keys, a sequence, or a scalar. */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.SeqNode, YamlNode.ScalarNode {
    Location location();

    /** What this is, for messages: "a map", "a list", "a string", "an integer", ... */
    String describe();

    /** One {@code key: value} entry of a mapping, with the key's own location. */
    record Entry(String key, Location keyLocation, YamlNode value) {
    }

    record MapNode(Location location, List<Entry> entries) implements YamlNode {
        public MapNode {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record SeqNode(Location location, List<YamlNode> items) implements YamlNode {
        public SeqNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** Scalar kinds as YAML resolves plain scalars; quoted scalars are always {@link Kind#STRING}. */
    enum Kind { STRING, INT, FLOAT, BOOL, NULL }

    record ScalarNode(Location location, String text, Kind kind) implements YamlNode {
        public boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "the string '" + Text.clip(text) + "'";
                case INT -> "the integer " + Text.clip(text);
                case FLOAT -> "the number " + Text.clip(text);
                case BOOL -> "the boolean " + Text.clip(text);
                case NULL -> "an empty value";
            };
        }
    }
}
