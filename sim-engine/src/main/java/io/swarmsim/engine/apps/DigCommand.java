package io.swarmsim.engine.apps;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.kernel.dns.AddressRecord;
import io.swarmsim.kernel.dns.DigExchange;
import io.swarmsim.kernel.dns.DigFormatter;
import io.swarmsim.kernel.dns.DigVersion;
import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.ResourceRecord;
import io.swarmsim.kernel.resolver.ClientProfile;
import java.util.ArrayList;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import java.util.function.Consumer;

/** {@code dig [+short] NAME}: one A query to the resolv.conf nameserver, printed as dig prints it. */
public final class DigCommand implements UserCommand {
    private final CommandLine line;
    private final String name;
    private final boolean brief;

    public DigCommand(CommandLine line) {
        this.line = line;
        List<String> names = new ArrayList<>();
        boolean s = false;
        for (String a : line.args()) {
            if (a.equals("+short")) {
                s = true;
            } else if (a.startsWith("+") || a.startsWith("-") || a.startsWith("@")) {
                throw new IllegalArgumentException("dig option " + a + " is not simulated; use dig [+short] NAME");
            } else {
                names.add(a);
            }
        }
        if (names.size() != 1) {
            throw new IllegalArgumentException("dig takes one name: dig [+short] NAME");
        }
        this.name = NameLookup.checkedHost(names.get(0));
        this.brief = s;
    }

    @Override
    public void start(CommandEnv env, Consumer<CommandRun> done) {
        new StubResolver(env.fabric(), env.ns(), env.ids(), env.random(), name, ClientProfile.A_ONLY, r -> {
            String cmd = line.text();
            if (r.replies().isEmpty()) {
                String out = "\n; <<>> DiG " + new DigVersion(env.image().digBanner(), false).banner() + " <<>> " + String.join(" ", line.args())
                        + "\n;; global options: +cmd\n" + r.failure() + "\n";
                env.decided("dig", TraceEvent.AppAction.GIVE_UP, null, 0, "no DNS reply: " + r.failure());
                done.accept(new CommandRun(env.where(), cmd, out, List.of(), null, null, ""));
                return;
            }
            DnsMessage reply = r.replies().get(0);
            List<String> addrs = new ArrayList<>();
            for (ResourceRecord rr : reply.answers()) {
                if (rr instanceof AddressRecord a) {
                    addrs.add(a.address().toString());
                }
            }
            long ms = r.elapsedNanos() / 1_000_000L;
            String out = brief ? DigFormatter.formatShort(reply)
                    : new DigFormatter(new DigVersion(env.image().digBanner(), false))
                            .format(DigExchange.embedded(String.join(" ", line.args()), reply, ms, env.epochSeconds() + env.fabric().loop().now() / 1_000_000_000L));
            env.decided("dig", TraceEvent.AppAction.ANSWERED, null, 0, addrs.isEmpty() ? "status " + reply.rcode() + ", no address"
                    : "dig prints the answer as received; Docker's embedded DNS shuffled it to [" + String.join(", ", addrs) + "]");
            done.accept(new CommandRun(env.where(), cmd, line.grep().map(g -> g.apply(out)).orElse(out), addrs, null, null, ""));
        }).edns(4096).start();
    }
}
