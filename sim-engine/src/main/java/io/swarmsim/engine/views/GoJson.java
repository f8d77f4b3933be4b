package io.swarmsim.engine.views;

import java.util.List;
import java.util.Map;

/**
 * JSON as {@code docker inspect} prints it: Go's encoding/json with {@code json.Indent(.., "", "    ")}
 * — four spaces a level, {@code "key": value}, empty arrays and objects as {@code []} and {@code {}},
 * and Go's HTML-safe escaping of {@code <}, {@code >} and {@code &}. Values are String, Number,
 * Boolean, null, List and Map (a LinkedHashMap for a struct's field order, a TreeMap for a Go map,
 * whose keys encoding/json sorts).
 */
final class GoJson {
    private GoJson() {
    }

    static String indent(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v, int depth) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                pad(b, depth + 1);
                write(b, list.get(i), depth + 1);
                b.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            pad(b, depth);
            b.append(']');
        } else if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                pad(b, depth + 1);
                string(b, String.valueOf(e.getKey()));
                b.append(": ");
                write(b, e.getValue(), depth + 1);
                b.append(++i < map.size() ? ",\n" : "\n");
            }
            pad(b, depth);
            b.append('}');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    /** A JSON string as encoding/json writes it (quoted, HTML-safe). */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder();
        string(b, s);
        return b.toString();
    }

    private static void pad(StringBuilder b, int depth) {
        b.append("    ".repeat(depth));
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
