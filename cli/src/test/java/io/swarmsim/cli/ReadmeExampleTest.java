package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's session example is real: its text compiles against the modules and prints the routing mesh's NATs. */
class ReadmeExampleTest {
    @Test
    void theNatPrinterCompilesAndRuns(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```java\n(.*?public class PrintNats.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README has the PrintNats example");
        String source = m.group(1);
        assertTrue(source.lines().count() <= 25, "a short example: " + source.lines().count() + " lines");
        Path file = dir.resolve("PrintNats.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK compiler");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"), file.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("PrintNats").getMethod("main", String[].class).invoke(null, (Object) new String[] {"../scenarios/vote.yaml"});
        } finally {
            System.setOut(stdout);
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        // node2's DOCKER-INGRESS DNAT to the ingress sandbox, and the sandbox's SNAT that hides the client
        assertTrue(out.lines().anyMatch(l -> l.contains(" node2 ") && l.contains("DNAT") && l.contains("dport=8080 -> ")
                && l.contains("dst=172.18.0.2")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("node2:ingress_sbox") && l.contains("SNAT") && !l.contains("(reply)")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("(reply)")), "replies are un-NATed: " + out);
    }
}
