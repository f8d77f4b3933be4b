package io.swarmsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code sim --version}: the build's version (from the Maven project) and the Docker eras it models. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "sim " + p.getProperty("version", "unknown"),
            "models Docker swarm networking of the 1.12 and 18.06+ eras; Java " + System.getProperty("java.version"),
        };
    }
}
