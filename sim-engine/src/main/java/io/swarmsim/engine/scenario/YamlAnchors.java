package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.Entry;
import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * YAML anchors ({@code &name}), aliases ({@code *name}) and merge keys ({@code <<: *name} or
 * {@code <<: [*a, *b]}) as Docker's loader resolves them. A resolved node is the anchored node
 * itself, so every value keeps the file:line:column where it was written.
 */
final class YamlAnchors {
    static final String MERGE_KEY = "<<";

    private final Map<String, YamlNode> anchored = new HashMap<>();
    private final Problems problems;

    YamlAnchors(Problems problems) {
        this.problems = problems;
    }

    void define(String name, YamlNode node) {
        anchored.put(name, node);
    }

    /** The node {@code *name} stands for; an unknown name is a located error. */
    Optional<YamlNode> alias(String name, Location at) {
        YamlNode n = anchored.get(name);
        if (n == null) {
            problems.add(at, "YAML alias '*" + Text.clip(name) + "' names no anchor defined before it; expected '&" + Text.clip(name)
                + "' on an earlier value");
        }
        return Optional.ofNullable(n);
    }

    /**
     * The entries of a map with {@code <<} merges applied: keys written in the map win, then the
     * merged maps in the order listed (the first wins), as YAML's merge key type says.
     */
    List<Entry> merge(List<Entry> written, List<Entry> merges) {
        if (merges.isEmpty()) {
            return written;
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Entry w : written) {
            out.put(w.key(), w);
        }
        for (Entry m : merges) {
            for (MapNode source : sources(m)) {
                for (Entry e : source.entries()) {
                    out.putIfAbsent(e.key(), e);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<MapNode> sources(Entry merge) {
        YamlNode v = merge.value();
        if (v instanceof MapNode m) {
            return List.of(m);
        }
        List<MapNode> out = new ArrayList<>();
        if (v instanceof SeqNode s) {
            for (YamlNode item : s.items()) {
                if (item instanceof MapNode m) {
                    out.add(m);
                } else {
                    wrong(merge, item);
                }
            }
            return out;
        }
        wrong(merge, v);
        return out;
    }

    private void wrong(Entry merge, YamlNode v) {
        if (!(v instanceof YamlNode.ScalarNode s && s.isNull())) { // an unknown alias was reported already
            problems.add(merge.keyLocation(), "the merge key '<<' got " + v.describe() + "; expected a map or a list of maps (usually *anchor)");
        }
    }
}
