package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code scenario/bad} starts with {@code # expect: LINE:COL | words | words ...}: loading it
 * must fail with a first error at exactly that place whose message contains each of the words.
 */
class BadInputTest {
    static Stream<Path> badFiles() throws IOException {
        Path dir = ValidScenarioTest.resource("bad");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            if (sorted.size() < 20) {
                fail("expected at least 20 bad inputs, found " + sorted.size());
            }
            return sorted.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusedWithLocatedMessage(Path file) throws IOException {
        String header = Files.readAllLines(file).get(0);
        assertTrue(header.startsWith("# expect: "), "missing expectation header in " + file);
        List<String> parts = Arrays.stream(header.substring("# expect: ".length()).split("\\|"))
            .map(String::strip).toList();
        Path name = Path.of("bad", file.getFileName().toString());
        String text = Files.readString(file);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, name));
        ScenarioError first = e.errors().get(0);
        assertEquals(name + ":" + parts.get(0), first.location().toString(), e.getMessage());
        for (String word : parts.subList(1, parts.size())) {
            assertTrue(first.message().contains(word), "'" + word + "' not in: " + e.getMessage());
        }
        assertTrue(e.getMessage().startsWith(name + ":" + parts.get(0) + ": "), e.getMessage());
        assertTrue(first.message().contains("expected") || first.message().contains("did you mean"),
            "message does not say what was expected: " + first.message());
    }
}
