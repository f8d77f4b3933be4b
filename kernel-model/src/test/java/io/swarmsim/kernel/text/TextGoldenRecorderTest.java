package io.swarmsim.kernel.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Re-records the goldens from the real ip and bridge tools by running {@code record.sh} (throw-away
 * namespaces, deleted afterwards). Runs only with {@code -Dgolden.update=true}, as root, with the
 * tools installed; otherwise {@link TextGoldenTest} compares against the committed files.
 */
class TextGoldenRecorderTest {

    @Test
    void recordGoldensFromTheRealTools() throws Exception {
        assumeTrue(Boolean.getBoolean("golden.update"), "golden.update not set");
        for (String tool : List.of("ip", "bridge", "nsenter", "unshare")) {
            assumeTrue(onPath(tool), tool + " not installed");
        }
        assumeTrue(Files.isWritable(Path.of("/run")) && "root".equals(System.getProperty("user.name")), "not root");
        Process p = new ProcessBuilder("sh", TextGoldenTest.DIR.resolve("record.sh").toString(), TextGoldenTest.DIR.toString())
                .inheritIO().start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException("record.sh exited with " + rc);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool)) || Files.isExecutable(Path.of("/sbin", tool));
    }
}
