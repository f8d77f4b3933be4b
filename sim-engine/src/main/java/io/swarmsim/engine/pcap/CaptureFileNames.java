package io.swarmsim.engine.pcap;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * File names for capture points: {@code <point>.pcap} where every character outside
 * {@code [A-Za-z0-9._-]} (a slash, a space, a colon...) becomes {@code _}, a leading dot becomes
 * {@code _} (no hidden files, no {@code ..}), and names are cut to 120 characters. Two points that
 * map to the same name (ignoring case, for case-insensitive file systems) are told apart with
 * {@code -2}, {@code -3}... in the sorted order of the point names, so the mapping is
 * deterministic.
 */
public final class CaptureFileNames {
    public static final String EXTENSION = ".pcap";
    static final int MAX_BASE_LENGTH = 120;

    private CaptureFileNames() {
    }

    /** The safe base name of one point, without extension. */
    public static String base(String point) {
        if (point == null || point.isEmpty()) {
            throw new IllegalArgumentException("a capture point needs a name");
        }
        StringBuilder sb = new StringBuilder(point.length());
        for (int i = 0; i < point.length() && sb.length() < MAX_BASE_LENGTH; i++) {
            char c = point.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || (c == '.' && i > 0);
            sb.append(safe ? c : '_');
        }
        return sb.toString();
    }

    /** File names (with extension) for all points, keyed by point in sorted order. */
    public static Map<String, String> assign(Collection<String> points) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String point : new TreeSet<>(points)) {
            String base = base(point);
            String candidate = base;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = base + "-" + n;
            }
            names.put(point, candidate + EXTENSION);
        }
        return names;
    }
}
