package io.swarmsim.engine.apps;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.kernel.dns.DockerEmbeddedDns;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.resolver.Answer;
import io.swarmsim.kernel.resolver.ClientProfile;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code nslookup NAME} as BIND's nslookup prints it (bin/dig/nslookup.c): the server it asked, then
 * under "Non-authoritative answer:" a {@code Name:}/{@code Address:} pair per address, IPv4 then
 * IPv6, and an empty line; a failed lookup prints {@code ** server can't find NAME: STATUS} and exits 1.
 * BIND 9.11 on (the images' 9.18) asks for A and AAAA; 9.10 (the seed's Ubuntu 16.04) for A only.
 * /etc/hosts is not read (nslookup asks the DNS, as dig does). BusyBox's nslookup (Alpine) words
 * it otherwise and is not simulated.
 */
public final class NslookupCommand implements UserCommand {
    private final CommandLine line;
    private final String name;

    public NslookupCommand(CommandLine line) {
        this.line = line;
        List<String> args = line.args();
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new IllegalArgumentException("nslookup: only 'nslookup NAME' is simulated");
        }
        this.name = NameLookup.checkedHost(args.get(0));
    }

    @Override
    public void start(CommandEnv env, Consumer<CommandRun> done) {
        if (env.image().resolver().equals("musl")) {
            String why = "sim: nslookup is simulated as BIND's; " + env.image().image() + " has BusyBox's\n";
            env.decided("nslookup", TraceEvent.AppAction.GIVE_UP, null, 0, why.strip());
            done.accept(new CommandRun(env.where(), line.text(), why, List.of(), null, null, ""));
            return;
        }
        boolean both = !env.image().digBanner().startsWith("9.10");
        String server = DockerEmbeddedDns.ADDRESS.toString();
        String head = "Server:\t\t" + server + "\nAddress:\t" + server + "#53\n\n";
        new StubResolver(env.fabric(), env.ns(), env.ids(), env.random(), name, both ? ClientProfile.A_AND_AAAA : ClientProfile.A_ONLY, r -> {
            String out;
            List<String> addrs = new ArrayList<>();
            if (r.answer().isEmpty()) {
                String status = r.failure() != null && r.failure().startsWith("status ") ? r.failure().substring(7) : "NXDOMAIN";
                // BIND says a SERVFAIL came back before giving up (recorded with 9.18 against the embedded DNS)
                String got = status.equals("SERVFAIL") ? ";; Got SERVFAIL reply from " + server + "\n" : "";
                out = got + head + "** server can't find " + name + ": " + status + "\n\n";
                env.decided("nslookup", TraceEvent.AppAction.GIVE_UP, null, 0, "no address: " + r.failure());
            } else {
                Answer a = r.answer().get();
                StringBuilder sb = new StringBuilder(head).append("Non-authoritative answer:\n");
                List<IpAddress> all = new ArrayList<>(a.a());
                all.addAll(a.aaaa());
                for (IpAddress ip : all) {
                    sb.append("Name:\t").append(name).append("\nAddress: ").append(ip).append('\n');
                    addrs.add(ip.toString());
                }
                out = sb.append('\n').toString();
                env.decided("nslookup", TraceEvent.AppAction.ANSWERED, all.get(0), 0, "nslookup prints the answer as received: " + all);
            }
            done.accept(new CommandRun(env.where(), line.text(), line.grep().map(g -> g.apply(out)).orElse(out), addrs, null, null, ""));
        }).start();
    }
}
