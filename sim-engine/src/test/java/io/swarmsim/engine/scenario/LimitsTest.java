package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented limits (file size, nesting depth, command runs, listed errors) and one line per error. */
class LimitsTest {
    private static ScenarioException refused(String text) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, Path.of("l.yaml")));
    }

    private static void assertOneLineEach(ScenarioException e) {
        for (String line : e.getMessage().split("\n", -1)) {
            assertTrue(line.startsWith("l.yaml:"), "located: " + line);
            assertTrue(line.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && c != 0x85 && c != 0x2028 && c != 0x2029),
                "printable: " + line);
        }
        assertEquals(Math.min(e.errors().size(), ScenarioException.MAX_LISTED + 1), e.getMessage().split("\n", -1).length);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedEvenOnASmallStack() throws Exception {
        String deep = "services:\n  a:\n    image: x\n    labels: " + "[".repeat(1000) + "]".repeat(1000) + "\n";
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                ScenarioLoader.parse(deep, Path.of("l.yaml"));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        ScenarioException e = (ScenarioException) thrown.get();
        assertEquals("l.yaml:4:110: maps and lists nested more than 100 levels deep; expected a stack file at most 100 levels deep",
            e.getMessage());
        String justDeepEnough = "services:\n  a:\n    image: x\n    labels: " + "[".repeat(97) + "]".repeat(97) + "\n";
        assertEquals("l_a", ScenarioLoader.parse(justDeepEnough, Path.of("l.yaml")).services().get(0).name());
    }

    @Test
    void filesLargerThanTheLimitAndEndlessDevicesAreRefused(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[ScenarioLoader.MAX_BYTES + 1]);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(big));
        assertEquals(big + ":1:1: the file is larger than 8388608 bytes; expected a stack file of at most 8 MiB", e.getMessage());
        if (Files.exists(Path.of("/dev/zero"))) {
            ScenarioException zero = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Path.of("/dev/zero")));
            assertTrue(zero.getMessage().startsWith("/dev/zero:1:1: the file is larger than"), zero.getMessage());
        }
    }

    @Test
    void anExperimentRunsAtMostAMillionCommands() throws Exception {
        String text = "services:\n  c:\n    image: smakam/myubuntu:v4\nx-sim:\n  experiments:\n    - name: big\n      commands:\n"
            + "        - {from: c.1, run: dig c, times: 600000}\n        - {from: c.1, run: dig c, times: 400001}\n";
        ScenarioException e = refused(text);
        assertEquals("l.yaml:6:13: experiment 'big' runs 1000001 commands in all (the sum of its times); expected at most 1000000",
            e.getMessage());
        assertEquals(2, ScenarioLoader.parse(text.replace("400001", "400000"), Path.of("l.yaml")).sim().experiments().get(0)
            .commands().size());
    }

    @Test
    void manyErrorsAreEachFoundOnceAndTheMessageListsAHundred() {
        StringBuilder b = new StringBuilder("services:\n  a:\n    image: x\n");
        for (int i = 0; i < 20_000; i++) {
            b.append("    k").append(i).append(": 1\n");
        }
        ScenarioException e = refused(b.toString());
        assertEquals(20_000, e.errors().size());
        assertOneLineEach(e);
        String[] lines = e.getMessage().split("\n");
        assertEquals("l.yaml:104:5: and 19900 more errors from here on; expected them fixed too (the first 100 are listed)",
            lines[lines.length - 1]);
    }

    @Test
    void keysNamesAndParserTextWithLineBreaksPrintOnOneLine() {
        for (String text : List.of(
                "services:\n  a:\n    image: x\n    \"bad\\nkey\\u2028x\\u0085\": 1\n",
                "services:\n  a:\n    image: x\nx-sim:\n  experiments:\n    - name: \"a\\nb\\u2029\"\n",
                "services:\n  a: {image: x}\nx-sim:\n  experiments:\n    - name: e\n      services:\n        \"v\\u2028\": {replicas: 1}\n",
                "a: !!foo\n  b\nc: [a\n b: }\n", "a: *\n")) {
            ScenarioException e = refused(text);
            assertOneLineEach(e);
        }
        ScenarioException key = refused("services:\n  a:\n    image: x\n    \"bad\\nkey\\u2028x\": 1\n");
        assertTrue(key.getMessage().startsWith("l.yaml:4:5: unknown key 'bad\\x0akey\\u2028x' under services.a;"), key.getMessage());
    }
}
