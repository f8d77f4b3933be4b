package io.swarmsim.engine.exec;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.dns.HostsFile;
import io.swarmsim.kernel.dns.ResolvConf;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code sim exec}: one command inside one namespace of a simulated cluster, printed as the real
 * tool prints it. Table views show the counters of the traffic the experiment ran.
 */
public final class ExecCommand {
    static final List<String> SUPPORTED = List.of("iptables -L [-n] [-v [-x]] [--line-numbers] [CHAIN] [-t T]", "iptables -S [-t T]", "iptables-save [-c] [-t T]",
            "ipvsadm [-Ln] [--stats]", "ipvsadm -Lnc", "conntrack -L", "ip addr", "ip link", "ip route", "ip neigh", "bridge fdb show", "cat /etc/resolv.conf", "cat /etc/hosts",
            "dig", "curl", "ping", "getent ahosts|hosts", "nslookup", "docker ...");

    private ExecCommand() {
    }

    public static ExecResult run(Simulation sim, ExecTarget target, List<String> argv) {
        if (argv.isEmpty()) {
            return ExecResult.fail("sim exec: no command given after --; supported: " + String.join(", ", SUPPORTED), 2);
        }
        List<String> rest = argv.subList(1, argv.size());
        return switch (argv.get(0)) {
            case "iptables" -> IptablesCommand.iptables(target.netns(), rest);
            case "iptables-save" -> IptablesCommand.save(target.netns(), rest, asctime(sim.now()));
            case "ipvsadm" -> IpvsadmCommand.run(target.netns(), rest, sim.now());
            case "ip", "bridge" -> LinkViews.run(sim, target, argv);
            case "conntrack" -> ConntrackCommand.run(target.netns(), rest, sim.now());
            case "cat" -> cat(sim, target, rest);
            case "docker" -> DockerViews.run(sim, target, rest);
            case "dig", "curl", "ping", "getent", "nslookup" -> user(sim, target, argv);
            default -> ExecResult.fail("sim exec: '" + argv.get(0) + "' is not simulated; supported: " + String.join(", ", SUPPORTED), 127);
        };
    }

    private static ExecResult user(Simulation sim, ExecTarget target, List<String> argv) {
        try {
            CommandRun r = sim.runIn(target.netns(), target.label(), String.join(" ", argv.stream().map(ExecCommand::quote).toList()));
            int failed = argv.get(0).equals("getent") ? 2 : 1; // getent: 2 when a key is not found
            boolean lookup = argv.get(0).equals("getent") || argv.get(0).equals("nslookup");
            return new ExecResult(r.output(), "", r.connected() == null && !argv.get(0).equals("dig")
                    && !(lookup && !r.resolved().isEmpty()) ? failed : 0);
        } catch (IllegalArgumentException e) {
            return ExecResult.fail(e.getMessage(), 2);
        }
    }

    private static String quote(String w) {
        return w.contains(" ") ? "\"" + w + "\"" : w;
    }

    private static ExecResult cat(Simulation sim, ExecTarget target, List<String> args) {
        java.util.Optional<io.swarmsim.engine.apps.ContainerNames> names = sim.names(target.netns().name());
        boolean container = names.isPresent();
        if (args.equals(List.of("/etc/hosts"))) {
            // a node's own file outside containers (a host, a task on the host network, a sandbox entered with nsenter)
            return ExecResult.ok(names.map(io.swarmsim.engine.apps.ContainerNames::hosts).orElse(HostsFile.NODE).render());
        }
        if (!args.equals(List.of("/etc/resolv.conf"))) {
            return ExecResult.fail("cat: only /etc/resolv.conf and /etc/hosts are simulated here", 1);
        }
        if (container) {
            return ExecResult.ok(names.get().resolvConf().render());
        }
        StringBuilder sb = new StringBuilder();
        sim.upstreamDns().forEach(a -> sb.append("nameserver ").append(a).append('\n'));
        return ExecResult.ok(sb.toString());
    }

    /** The C library's asctime form iptables-save prints: {@code Wed Jul 27 10:00:05 2016}. */
    static String asctime(long nowNanos) {
        Instant t = Instant.ofEpochSecond(Simulation.EPOCH_SECONDS + nowNanos / 1_000_000_000L);
        return DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(t)
                .replaceFirst("^(\\w{3} \\w{3}) (\\d) ", "$1  $2 ");
    }
}
