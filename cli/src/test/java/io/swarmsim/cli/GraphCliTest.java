package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sim graph}: DOT always, SVG through Graphviz when it is installed, one clear line when not. */
class GraphCliTest {
    @TempDir
    Path dir;

    @Test
    void dotTextNamesEveryTaskAndTheMesh() throws Exception {
        Path out = dir.resolve("mesh.dot");
        E2e.Result r = E2e.sim("graph", E2e.VOTE, "--experiment", "mesh", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String dot = Files.readString(out);
        assertTrue(dot.startsWith("digraph swarm {") && dot.contains("vote.1 (container") && dot.contains("vote 8080:80/tcp"), dot);
    }

    @Test
    void svgIsDrawnByGraphviz() throws Exception {
        assumeTrue(onPath("dot"), "Graphviz's dot is not installed (apt-get install graphviz); .ci/run installs it");
        Path out = dir.resolve("vip.svg");
        E2e.Result r = E2e.sim("graph", E2e.VOTE, "--experiment", "vip", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("<svg") && svg.contains("client.1 (container"), svg.substring(0, Math.min(300, svg.length())));
    }

    @Test
    void withoutGraphvizTheDotTextIsWrittenAndTheLineSaysHowToInstallIt() throws Exception {
        Path out = dir.resolve("vip.svg");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = GraphRender.write("digraph g {}\n", out, "no-such-graphviz-dot", new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        String err = e.toString(StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertTrue(err.contains("apt-get install graphviz") && err.lines().count() == 1, err);
        assertEquals("digraph g {}\n", Files.readString(dir.resolve("vip.dot")));
    }

    @Test
    void anOutputGraphvizCannotMakeIsAUsageError() {
        E2e.Result r = E2e.sim("graph", E2e.VOTE, "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("expected a file ending in .svg or .dot"), r.err());
    }

    @Test
    void aServiceDockerRefusesIsANoteSayingWhy() throws Exception {
        Path out = dir.resolve("refused.dot");
        E2e.Result r = E2e.sim("graph", E2e.VOTE, "--experiment", "dnsrr-mesh", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out).contains("vote: Docker refuses it"), Files.readString(out));
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
