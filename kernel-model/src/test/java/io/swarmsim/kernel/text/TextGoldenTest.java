package io.swarmsim.kernel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every printer against the outputs recorded from the real tools (see resources/text/README.md). */
class TextGoldenTest {
    static final Path DIR = Path.of("src", "test", "resources", "text");
    static final List<String> NAMESPACES = List.of("h", "b", "c", "d");

    @TestFactory
    Stream<DynamicTest> printersMatchTheRecordedOutput() {
        Topology t = new Topology();
        List<DynamicTest> tests = new ArrayList<>();
        for (String ns : NAMESPACES) {
            tests.add(exact(t, ns, "addr", (n, l) -> IpAddrPrinter.print(n, l)));
            tests.add(exact(t, ns, "link", (n, l) -> IpLinkPrinter.print(n, l)));
            tests.add(exact(t, ns, "route", (n, l) -> IpRoutePrinter.printMain(n)));
            tests.add(exact(t, ns, "route-local", (n, l) -> IpRoutePrinter.printLocal(n)));
            tests.add(exact(t, ns, "fdb", (n, l) -> BridgeFdbPrinter.print(n, l)));
            // the kernel's neighbour hash is seeded at random per boot: same lines, any order
            tests.add(DynamicTest.dynamicTest(ns + ".neigh", () -> assertEquals(sortedLines(read(ns + ".neigh.golden")),
                    sortedLines(IpNeighPrinter.print(t.namespaces.get(ns))))));
        }
        return tests.stream();
    }

    private static DynamicTest exact(Topology t, String ns, String view,
                                     BiFunction<io.swarmsim.kernel.netns.NetNamespace, LinkPeers, String> printer) {
        String golden = ns + "." + view + ".golden";
        return DynamicTest.dynamicTest(golden, () -> assertEquals(read(golden), printer.apply(t.namespaces.get(ns), t.links(ns))));
    }

    static String read(String name) throws IOException {
        return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }
}
