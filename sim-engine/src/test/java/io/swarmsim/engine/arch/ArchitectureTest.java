package io.swarmsim.engine.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's direction of data, checked on the sources: kernel-model depends on no other module
 * (and on nothing outside the JDK), the event loop knows no networking type, JavaFX stays in gui/
 * and pcap4j in live-bridge/.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    record Source(Path file, String module, List<String> imports) {
    }

    static List<Source> sources() {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")).toList()) {
                String module = ROOT.relativize(f).getName(0).toString();
                List<String> imports = new ArrayList<>();
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    imports.add(m.group(2));
                }
                out.add(new Source(f, module, imports));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void theSourcesAreFound() {
        assertTrue(sources().stream().anyMatch(s -> s.module().equals("kernel-model")));
        assertTrue(sources().stream().anyMatch(s -> s.module().equals("sim-engine")));
    }

    @Test
    void kernelModelUsesOnlyTheJdkAndItself() {
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            if (!s.module().equals("kernel-model")) {
                continue;
            }
            for (String i : s.imports()) {
                if (!(i.startsWith("java.") || i.startsWith("io.swarmsim.kernel."))) {
                    bad.add(ROOT.relativize(s.file()) + " imports " + i);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theEventLoopKnowsNoNetworkingType() {
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            if (!s.file().toString().contains("/io/swarmsim/engine/loop/")) {
                continue;
            }
            for (String i : s.imports()) {
                if (i.startsWith("io.swarmsim.") && !i.startsWith("io.swarmsim.engine.loop.") || i.startsWith("java.net")) {
                    bad.add(ROOT.relativize(s.file()) + " imports " + i);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void engineDoesNotReachIntoTheEdgesAndEdgesStayInTheirModules() {
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            for (String i : s.imports()) {
                if (i.startsWith("javafx.") && !s.module().equals("gui")) {
                    bad.add(ROOT.relativize(s.file()) + " imports " + i);
                }
                if (i.startsWith("org.pcap4j.") && !s.module().equals("live-bridge")) {
                    bad.add(ROOT.relativize(s.file()) + " imports " + i);
                }
                if (i.startsWith("io.swarmsim.cli.") && !s.module().equals("cli")) {
                    bad.add(ROOT.relativize(s.file()) + " imports " + i);
                }
                if (i.startsWith("com.fasterxml.jackson.") && s.module().equals("sim-engine")
                        && !(s.file().toString().contains("/engine/scenario/") || s.file().toString().contains("/engine/report/"))) {
                    bad.add(ROOT.relativize(s.file()) + " imports " + i + " (YAML/JSON stay in the loader and the report)");
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void noStaticMutableStateInModelOrEngine() {
        Pattern field = Pattern.compile("^\\s*(private|public|protected)?\\s*static\\s+(?!final)[\\w<>\\[\\], ]+\\s+\\w+\\s*[;=]", Pattern.MULTILINE);
        List<String> bad = new ArrayList<>();
        for (Source s : sources()) {
            if (!s.module().equals("kernel-model") && !s.module().equals("sim-engine")) {
                continue;
            }
            try {
                Matcher m = field.matcher(Files.readString(s.file()));
                while (m.find()) {
                    bad.add(ROOT.relativize(s.file()) + ": " + m.group().trim());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertEquals(List.of(), bad);
    }
}
