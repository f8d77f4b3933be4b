package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random damage to the valid seed scenario must only ever produce a model or a ScenarioException. */
class MangledInputTest {
    private static final String NOISE = "\t:-{}[]&*!|>'\"#,?%@ \n0x";

    @Test
    void mangledVariantsNeverThrowAnythingButScenarioException() throws IOException {
        String original = Files.readString(ValidScenarioTest.resource("seed.yaml"));
        Path name = Path.of("mangled.yaml");
        int refused = 0;
        for (int variant = 0; variant < 600; variant++) {
            String text = mangle(original, new Random(variant));
            try {
                ScenarioLoader.parse(text, name);
            } catch (ScenarioException e) {
                refused++;
                for (ScenarioError err : e.errors()) {
                    assertTrue(err.location().line() >= 1 && err.location().column() >= 1, err.toString());
                    assertTrue(err.message().contains("expected") || err.message().contains("did you mean"),
                        "variant " + variant + ": " + err);
                }
            } catch (Throwable t) {
                fail("variant " + variant + " threw " + t + "\n--- input ---\n" + text, t);
            }
        }
        assertTrue(refused > 300, "most mangled variants should be refused, only " + refused + " were");
    }

    @Test
    void oddYamlIsRefusedWithLocatedErrors() {
        List<String> inputs = List.of(
            "[".repeat(5000), "{a: ".repeat(3000), "services:\n  a:\n    image: \u0000x\n", "a: !!binary AAAA\n",
            "? [a, b]\n: c\n", "x: &a {b: 1}\n<<: *a\n", "services: {a: {image: x, deploy: {replicas: 99999999999999999999}}}",
            "--- 1\n--- 2\n", "services: {a: {image: x, ports: ['8000-7990:80-90']}}", "'unterminated",
            "services: {a: {image: x, command: 'echo \"hi'}}", "\ufeffservices: {a: {image: x}}\nfoo: [");
        for (String in : inputs) {
            try {
                ScenarioLoader.parse(in, Path.of("odd.yaml"));
                fail("accepted: " + in);
            } catch (ScenarioException e) {
                assertTrue(e.getMessage().startsWith("odd.yaml:"), e.getMessage());
            } catch (Throwable t) {
                fail("threw " + t + " for " + in.substring(0, Math.min(80, in.length())), t);
            }
        }
    }

    static String mangle(String text, Random r) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(6)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, b.charAt(at));
                case 2 -> b.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
                default -> lineEdit(b, r);
            }
            if (b.length() == 0) {
                break;
            }
        }
        return b.toString();
    }

    private static void lineEdit(StringBuilder b, Random r) {
        List<String> lines = new ArrayList<>(List.of(b.toString().split("\n", -1)));
        int i = r.nextInt(lines.size());
        switch (r.nextInt(3)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(i));
            default -> lines.add(r.nextInt(lines.size()), lines.remove(i));
        }
        b.setLength(0);
        b.append(String.join("\n", lines));
    }
}
