package io.swarmsim.kernel.netfilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the golden files live and how they are named. */
final class Goldens {
    static final Path DIR = Path.of("src", "test", "resources", "netfilter");

    /** Rule files recorded from the real tool; {@code handmade-*} ones use features this kernel lacks. */
    static final String HANDMADE_PREFIX = "handmade-";

    /** The listing commands recorded per table: golden suffix and iptables arguments. */
    static final String[][] TABLE_VIEWS = {
        {"nvL", "-nvL"},
        {"nvxL", "-nvxL"},
        {"S", "-S"},
    };

    private Goldens() {
    }

    static List<String> ruleFiles() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rules")).sorted().forEach(names::add);
        }
        return names;
    }

    static String base(String rulesFile) {
        return rulesFile.substring(0, rulesFile.length() - ".rules".length());
    }

    static String read(String name) throws IOException {
        return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    static void write(String name, String text) throws IOException {
        Files.writeString(DIR.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Table names in the order their {@code *table} lines appear. */
    static List<String> tablesIn(String rulesText) {
        List<String> tables = new ArrayList<>();
        for (String line : rulesText.split("\n")) {
            if (line.startsWith("*")) {
                tables.add(line.substring(1).trim());
            }
        }
        return tables;
    }

    static String tableGolden(String base, String table, String view) {
        return base + "." + table + "." + view + ".golden";
    }

    static String saveGolden(String base, boolean counters) {
        return base + (counters ? ".save-c.golden" : ".save.golden");
    }
}
