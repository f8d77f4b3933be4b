package io.swarmsim.live.diff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * What the differential test needs from the machine, checked before anything is created: root,
 * and the programs it runs. A missing program skips the test with one line naming it and the
 * Debian package to install; a missing legacy backend only drops that backend.
 */
final class Prerequisites {
    private static final List<String[]> TOOLS = List.of(
            new String[] {"ip", "iproute2"},
            new String[] {"conntrack", "conntrack"},
            new String[] {"ping", "iputils-ping"},
            new String[] {"curl", "curl"},
            new String[] {"nc", "netcat-openbsd"},
            new String[] {"tee", "coreutils"});

    /** The backends to run; skips the test when none or a tool is missing. */
    static List<Backend> check() {
        assumeTrue("root".equals(System.getProperty("user.name")) || uid() == 0, "not root: the differential test needs root");
        for (String[] t : TOOLS) {
            assumeTrue(onPath(t[0]), t[0] + " is missing: apt-get install " + t[1]);
        }
        assumeTrue(new CommandRunner(5_000).run(List.of("nc", "-h")).stderr().contains("OpenBSD"),
                "nc is not netcat-openbsd: apt-get install netcat-openbsd");
        List<Backend> out = new ArrayList<>();
        String only = System.getProperty("diff.backends", "nft,legacy");
        for (Backend b : Backend.values()) {
            if (List.of(only.split(",")).contains(b.label()) && b.tools().stream().allMatch(Prerequisites::onPath)) {
                out.add(b);
            }
        }
        assumeTrue(!out.isEmpty(), "no iptables-nft-restore or iptables-legacy-restore: apt-get install iptables");
        return out;
    }

    private static int uid() {
        CommandRunner.Result r = new CommandRunner(5_000).run(List.of("id", "-u"));
        try {
            return Integer.parseInt(r.stdout().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean onPath(String program) {
        return path(program) != null;
    }

    /**
     * The absolute path of {@code program}, searching PATH and the sbin directories (which a
     * non-login environment may leave out), or null.
     */
    static String path(String program) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin:/usr/bin:/bin";
        for (String dir : path.split(":")) {
            File f = new File(dir, program);
            if (!dir.isEmpty() && f.canExecute()) {
                return f.getAbsolutePath();
            }
        }
        return null;
    }

    private Prerequisites() {
    }
}
