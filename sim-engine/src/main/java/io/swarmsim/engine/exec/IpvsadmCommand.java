package io.swarmsim.engine.exec;

import io.swarmsim.kernel.ipvs.IpvsConnectionPrinter;
import io.swarmsim.kernel.ipvs.IpvsListPrinter;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.List;

/** {@code ipvsadm}, {@code ipvsadm -Ln}, {@code ipvsadm -Ln --stats}, {@code ipvsadm -Lnc}. */
final class IpvsadmCommand {
    private IpvsadmCommand() {
    }

    static ExecResult run(NetNamespace ns, List<String> args, long now) {
        boolean stats = false;
        boolean conns = false;
        for (String a : args) {
            if (a.equals("--stats")) {
                stats = true;
            } else if (a.equals("--numeric") || a.equals("--list")) {
                continue;
            } else if (a.equals("--connection")) {
                conns = true;
            } else if (a.startsWith("-") && !a.startsWith("--")) {
                for (char c : a.substring(1).toCharArray()) {
                    switch (c) {
                        case 'L', 'l', 'n' -> { }
                        case 'c' -> conns = true;
                        default -> {
                            return ExecResult.fail("ipvsadm: option -" + c + " is not simulated; use ipvsadm [-Ln] [--stats] or -Lnc", 2);
                        }
                    }
                }
            } else {
                return ExecResult.fail("ipvsadm: " + a + " is not simulated; use ipvsadm [-Ln] [--stats] or -Lnc", 2);
            }
        }
        if (conns) {
            return ExecResult.ok(new IpvsConnectionPrinter().list(ns.ipvs(), now));
        }
        return ExecResult.ok(stats ? new IpvsListPrinter().stats(ns.ipvs()) : new IpvsListPrinter().list(ns.ipvs()));
    }
}
