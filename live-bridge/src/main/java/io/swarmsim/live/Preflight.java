package io.swarmsim.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a live run needs from the machine, checked before anything is created: root (network
 * namespaces need CAP_SYS_ADMIN and CAP_NET_ADMIN) and the programs it runs. Each problem is
 * reported as one line naming what is missing and the Debian package that brings it, because the
 * usual cause is a fresh machine, and the fix is one {@code apt-get install}.
 */
public final class Preflight {
    /** The directories searched besides PATH: sudo and cron often leave the sbin ones out of PATH. */
    private static final List<String> SBIN = List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    private Preflight() {
    }

    /** Program name to the Debian package that provides it, for a run with {@code backend}. */
    public static Map<String, String> tools(IptablesBackend backend) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ip", "iproute2");
        m.put("bridge", "iproute2");
        m.put("sysctl", "procps");
        m.put(backend.restore(), "iptables");
        m.put(backend.save(), "iptables");
        m.put(backend.iptables(), "iptables");
        m.put("ping", "iputils-ping");
        m.put("dig", "bind9-dnsutils");
        m.put("curl", "curl");
        m.put("grep", "grep");
        return m;
    }

    /** The problem, as one line, or empty when the machine can run {@code backend}. */
    public static Optional<String> problem(IptablesBackend backend) {
        if (!isRoot()) {
            return Optional.of("sim live needs root (it creates network namespaces, veth, bridge and vxlan devices): run it with sudo");
        }
        Optional<String> tool = missing(tools(backend));
        if (tool.isPresent()) {
            return tool;
        }
        return hasLibpcap() ? Optional.empty()
                : Optional.of("sim live needs libpcap (pcap4j captures through it), not found; install with: apt-get install libpcap0.8");
    }

    /** The library directories a Debian system keeps libpcap in. */
    private static final List<String> LIBS = List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib");

    /** Whether a {@code libpcap.so*} is in a library directory or its multiarch subdirectory ({@code /usr/lib/x86_64-linux-gnu}). */
    static boolean hasLibpcap() {
        for (String d : LIBS) {
            try (java.util.stream.Stream<Path> s = Files.walk(Path.of(d), 2)) {
                if (s.anyMatch(p -> p.getFileName() != null && p.getFileName().toString().startsWith("libpcap.so"))) {
                    return true;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // no such directory, or one we cannot read: look on
            }
        }
        return false;
    }

    /** Whether this process runs as uid 0 (read from /proc, so no native call is needed). */
    public static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0");
                }
            }
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
        return false;
    }

    /** One line naming the missing programs and the packages to install, or empty. */
    public static Optional<String> missing(Map<String, String> tools) {
        List<String> gone = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        tools.forEach((prog, pkg) -> {
            if (find(prog).isEmpty()) {
                gone.add(prog);
                if (!packages.contains(pkg)) {
                    packages.add(pkg);
                }
            }
        });
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("sim live needs " + String.join(", ", gone) + ", not found; install with: apt-get install "
                + String.join(" ", packages));
    }

    /** The program's path, searching PATH and the sbin directories. */
    public static Optional<Path> find(String program) {
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(":")));
        }
        dirs.addAll(SBIN);
        for (String d : dirs) {
            if (d.isEmpty()) {
                continue;
            }
            Path p = Path.of(d, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
