package io.swarmsim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a cluster graph where {@code sim graph --out} says: {@code .dot} as DOT text, {@code .svg}
 * drawn by Graphviz's {@code dot}. Without Graphviz the DOT text goes beside the SVG's name, with
 * the command that draws it.
 */
final class GraphRender {
    /** Graphviz's program; tests pass another. */
    static final String DOT = "dot";

    private GraphRender() {
    }

    /** @return the exit code: 0 written, 1 Graphviz missing or failing, 2 an unknown file type */
    static int write(String dotText, Path out, String dotProgram, PrintStream stdout, PrintStream err) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".dot") || name.endsWith(".gv")) {
            Files.writeString(out, dotText, StandardCharsets.UTF_8);
            stdout.println("wrote " + out);
            return 0;
        }
        if (!name.endsWith(".svg")) {
            err.println("sim graph: --out " + out + ": expected a file ending in .svg or .dot");
            return 2;
        }
        Path dotFile = out.resolveSibling(out.getFileName().toString().replaceAll("(?i)\\.svg$", "") + ".dot");
        try {
            Process p = new ProcessBuilder(List.of(dotProgram, "-Tsvg", "-o", out.toString())).redirectErrorStream(true).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(dotText.getBytes(StandardCharsets.UTF_8));
            }
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int code = p.waitFor();
            if (code != 0) {
                err.println("sim graph: " + dotProgram + " failed (exit " + code + "): " + said.replace('\n', ' '));
                return 1;
            }
            stdout.println("wrote " + out);
            return 0;
        } catch (IOException notFound) {
            Files.writeString(dotFile, dotText, StandardCharsets.UTF_8);
            err.println("sim graph: drawing SVG needs Graphviz's '" + dotProgram + "', which is not installed "
                    + "(Debian: apt-get install graphviz); wrote the DOT text to " + dotFile + " instead (dot -Tsvg " + dotFile
                    + " -o " + out + ")");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("sim graph: interrupted while " + dotProgram + " drew " + out);
            return 1;
        }
    }
}
