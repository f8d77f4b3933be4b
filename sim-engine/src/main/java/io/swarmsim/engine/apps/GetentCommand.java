package io.swarmsim.engine.apps;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code getent ahosts NAME}: glibc's getaddrinfo as the image's C library does it (the queries,
 * the sorting: the seed's lesson without an application in the way), printed as glibc's getent
 * prints it (nss/getent.c ahosts_keys_int): each address three times, for SOCK_STREAM, SOCK_DGRAM
 * and SOCK_RAW, {@code "%-15s %-6s %s"}, the canonical name on the first line only; exit 2 when the
 * name does not resolve. {@code getent hosts NAME}: gethostbyname2, addresses in the DNS's order
 * (no RFC 3484 sorting), one line each, {@code "%-15s %s"} (print_hosts). Both read /etc/hosts
 * first. The model asks for IPv4 only where getent hosts first tries AF_INET6 (an AAAA query the
 * embedded DNS answers empty). glibc images only: musl's getent comes from another code base.
 */
public final class GetentCommand implements UserCommand {
    private final CommandLine line;
    private final String name;
    private final boolean ahosts;

    public GetentCommand(CommandLine line) {
        this.line = line;
        List<String> args = line.args();
        if (args.size() != 2 || !(args.get(0).equals("ahosts") || args.get(0).equals("hosts"))) {
            throw new IllegalArgumentException("getent: only 'getent ahosts NAME' and 'getent hosts NAME' are simulated");
        }
        this.ahosts = args.get(0).equals("ahosts");
        this.name = NameLookup.checkedHost(args.get(1));
    }

    private io.swarmsim.kernel.resolver.ClientProfile profile(CommandEnv env) {
        if (ahosts) {
            return env.libc().application("getent", "getent ahosts: glibc getaddrinfo, every address in its order");
        }
        return env.libc().application("getent", "getent hosts: glibc gethostbyname2, every address in the DNS's order")
                .withLookup("gethostbyname2", io.swarmsim.kernel.resolver.ClientProfile.A_ONLY,
                        new io.swarmsim.kernel.resolver.NoSorter("gethostbyname2 (getent hosts)"));
    }

    @Override
    public void start(CommandEnv env, Consumer<CommandRun> done) {
        if (!env.image().resolver().startsWith("glibc")) {
            // known only once the command runs in a container: said as the command's output, not as a crash
            String why = "sim: getent is simulated for glibc images; " + env.image().image() + " resolves with " + env.image().resolver() + "\n";
            env.decided("getent", TraceEvent.AppAction.GIVE_UP, null, 0, why.strip());
            done.accept(new CommandRun(env.where(), line.text(), why, List.of(), null, null, ""));
            return;
        }
        NameLookup.resolve(env, profile(env), name, o -> {
            if (o.failure() != null) {
                env.decided("getent", TraceEvent.AppAction.GIVE_UP, null, 0, "name lookup failed: " + o.failure());
                done.accept(new CommandRun(env.where(), line.text(), "", List.of(), null, null, ""));
                return;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < o.addresses().size(); i++) {
                String ip = o.addresses().get(i).toString();
                if (!ahosts) {
                    sb.append(String.format(Locale.ROOT, "%-15s %s\n", ip, name));
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "%-15s %-6s %s%n", ip, "STREAM", i == 0 ? name : ""));
                sb.append(String.format(Locale.ROOT, "%-15s %-6s %s%n", ip, "DGRAM", ""));
                sb.append(String.format(Locale.ROOT, "%-15s %-6s %s%n", ip, "RAW", ""));
            }
            String out = sb.toString();
            env.decided("getent", TraceEvent.AppAction.ANSWERED, o.addresses().get(0), 0, (ahosts ? "getaddrinfo's order: " : "gethostbyname2's order: ") + o.addresses());
            done.accept(new CommandRun(env.where(), line.text(), line.grep().map(g -> g.apply(out)).orElse(out),
                    o.addresses().stream().map(IpAddress::toString).toList(), null, null, ""));
        });
    }
}
