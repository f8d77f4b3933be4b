package io.swarmsim.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Loads each {@code *.rules} file (with its {@code [pkts:bytes]} counters, as iptables-restore -c)
 * and compares every printer with the output recorded from iptables 1.8.9.
 */
class PrinterGoldenTest {

    @TestFactory
    Stream<DynamicTest> printersMatchTheRealTool() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> files = Goldens.ruleFiles();
        assertFalse(files.isEmpty(), "no rule files in " + Goldens.DIR.toAbsolutePath());
        for (String rules : files) {
            String base = Goldens.base(rules);
            String text = Goldens.read(rules);
            for (String table : Goldens.tablesIn(text)) {
                for (String[] view : Goldens.TABLE_VIEWS) {
                    String golden = Goldens.tableGolden(base, table, view[0]);
                    tests.add(DynamicTest.dynamicTest(golden, () -> {
                        Ruleset rs = Ruleset.parse(text);
                        Counters counters = new Counters();
                        counters.load(rs);
                        Table t = rs.table(TableKind.byName(table)).orElseThrow();
                        String actual = switch (view[0]) {
                            case "nvL" -> ListPrinter.list(t, counters, false);
                            case "nvxL" -> ListPrinter.list(t, counters, true);
                            default -> SavePrinter.rules(t);
                        };
                        assertEquals(Goldens.read(golden), actual);
                    }));
                }
            }
            for (boolean withCounters : new boolean[] {true, false}) {
                String golden = Goldens.saveGolden(base, withCounters);
                if (!Files.exists(Goldens.DIR.resolve(golden))) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(golden, () -> {
                    String expected = Goldens.read(golden);
                    String date = expected.lines().findFirst().orElseThrow().replaceFirst(".* on ", "");
                    Ruleset rs = Ruleset.parse(text);
                    Counters counters = new Counters();
                    counters.load(rs);
                    assertEquals(expected, SavePrinter.save(rs, counters, withCounters, date));
                }));
            }
        }
        return tests.stream();
    }
}
