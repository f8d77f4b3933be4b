package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.ipvs.ForwardMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a run loads the desired state's IPVS services: into the kernel's IPVS with {@code ipvsadm},
 * where the kernel has IP_VS (it shows {@code /proc/net/ip_vs}) and ipvsadm is installed, the
 * iptables text then loaded exactly as the model parsed it ({@code -m ipvs} included); otherwise
 * as the declared substitute ({@link IpvsSubstitute}). Every report names which.
 */
public enum IpvsApply {
    KERNEL, SUBSTITUTE;

    /** This machine's choice: the kernel's IPVS when it can be used. */
    public static IpvsApply detect() {
        return kernelHasIpvs() && Preflight.find("ipvsadm").isPresent() ? KERNEL : SUBSTITUTE;
    }

    /** IP_VS built in or loaded shows as /proc/net/ip_vs. */
    static boolean kernelHasIpvs() {
        return Files.exists(Path.of("/proc/net/ip_vs"));
    }

    /** The report's line about it. */
    String line(boolean kernelHasIpvs) {
        if (this == KERNEL) {
            return "IPVS: the kernel's, loaded with ipvsadm as libnetwork programs it (firewall-mark services, "
                    + "destinations with their forwarding method and weight)";
        }
        return (kernelHasIpvs ? "IPVS: this kernel has IP_VS but ipvsadm is not installed (apt-get install ipvsadm to use it); "
                : "IPVS: this kernel lacks IP_VS; ")
                + "declared substitute: iptables '-m statistic --mode nth' DNAT in nat chain " + IpvsSubstitute.CHAIN
                + " (same round robin, connection by connection)";
    }

    /**
     * The ipvsadm commands that make {@code ns}'s services: {@code -A -f MARK -s SCHED} per service,
     * then {@code -a -f MARK -r ADDR:PORT -m|-g -w W} per destination, in the desired state's order
     * (the kernel, like libnetwork, adds each at the list's head, as the model does).
     */
    static List<Cmd> commands(String netns, DesiredState.Namespace ns) {
        List<Cmd> out = new ArrayList<>();
        for (DesiredState.IpvsService s : ns.ipvs()) {
            String mark = String.valueOf(s.fwmark());
            out.add(Cmd.of("ip", "netns", "exec", netns, "ipvsadm", "-A", "-f", mark, "-s", s.scheduler()));
            for (DesiredState.IpvsDestination d : s.destinations()) {
                out.add(Cmd.of("ip", "netns", "exec", netns, "ipvsadm", "-a", "-f", mark, "-r",
                        String.format(Locale.ROOT, "%s:%d", d.address(), d.port()), d.forward() == ForwardMethod.MASQ ? "-m" : "-g",
                        "-w", String.valueOf(d.weight())));
            }
        }
        return out;
    }
}
