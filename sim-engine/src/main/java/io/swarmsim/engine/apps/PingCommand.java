package io.swarmsim.engine.apps;

import io.swarmsim.engine.net.PacketHandler;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.SocketTable;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.resolver.ClientProfile;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code ping [-c N] HOST}: resolves as the image's ping does, sends N echo requests one second
 * apart, and prints what iputils prints (56 data bytes, the reply lines, the statistics).
 */
public final class PingCommand implements UserCommand, PacketHandler {
    static final int DATA = 56;
    static final long INTERVAL = 1_000_000_000L;
    static final long WAIT = 10_000_000_000L;

    private final CommandLine line;
    private final String host;
    private final int count;
    /** How long ping lingers after the last request for replies (iputils' lingertime: 10 s, or -W N). */
    private final long wait;
    private CommandEnv env;
    private Consumer<CommandRun> done;
    private IpAddress target;
    private IpAddress src;
    private int ident;
    private SocketTable.Binding binding;
    private final long[] sentAt;
    private final List<Long> rtts = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private List<IpAddress> order = List.of();
    private String servedBy;
    private boolean finished;
    private int sent;
    /** Echo requests the kernel answered with EHOSTUNREACH (neighbour FAILED): ping's "+N errors". */
    private int errors;
    /** Most requests outstanding at once: ping's "pipe N" when above 1. */
    private int pipe;

    public PingCommand(CommandLine line) {
        this.line = line;
        int c = 0;
        long linger = WAIT;
        String h = null;
        List<String> a = line.args();
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            if (w.equals("-c") && i + 1 < a.size()) {
                c = positive(a.get(++i));
            } else if (w.startsWith("-c") && w.length() > 2) {
                c = positive(w.substring(2));
            } else if (w.equals("-W") && i + 1 < a.size()) {
                linger = seconds(a.get(++i));
            } else if (w.startsWith("-W") && w.length() > 2) {
                linger = seconds(w.substring(2));
            } else if (w.startsWith("-")) {
                throw new IllegalArgumentException("ping option " + w + " is not simulated; use ping -c N [-W SECONDS] HOST");
            } else if (h == null) {
                h = w;
            } else {
                throw new IllegalArgumentException("ping takes one host");
            }
        }
        if (h == null) {
            throw new IllegalArgumentException("ping needs a host: ping -c N HOST");
        }
        if (c == 0) {
            throw new IllegalArgumentException("ping without -c never ends; use ping -c N HOST");
        }
        this.host = NameLookup.checkedHost(h);
        this.count = c;
        this.wait = linger;
        this.sentAt = new long[c + 1];
    }

    /** -W's value: seconds, a fraction allowed (iputils 2022), 0 to 3600; "bad linger time" otherwise. */
    private static long seconds(String s) {
        if (s.matches("\\d{1,4}(\\.\\d{1,9})?") && Double.parseDouble(s) <= 3600) {
            return Math.round(Double.parseDouble(s) * 1e9);
        }
        throw new IllegalArgumentException("ping: bad linger time: " + s);
    }

    private static int positive(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("ping: bad number of packets to transmit: " + s);
    }

    @Override
    public void start(CommandEnv e, Consumer<CommandRun> d) {
        this.env = e;
        this.done = d;
        ClientProfile profile = e.ping();
        NameLookup.resolve(e, profile, host, o -> {
            if (o.failure() != null) {
                String msg = switch (e.image().ping()) {
                    case LEGACY -> "ping: unknown host " + host;
                    case MODERN -> "ping: " + host + ": Name or service not known";
                    case BUSYBOX -> "ping: bad address '" + host + "'";
                };
                env.decided(profile.name(), TraceEvent.AppAction.GIVE_UP, null, 0, "name lookup failed: " + o.failure());
                finish(msg + "\n", null);
                return;
            }
            order = o.addresses();
            target = order.get(0);
            env.decided(profile.name(), TraceEvent.AppAction.CONNECT, target, 0, "pings the first address of " + order);
            Optional<InterfaceAddress> s = e.ns().sourceFor(target);
            if (s.isEmpty()) {
                env.decided(profile.name(), TraceEvent.AppAction.GIVE_UP, target, 0, "no route to " + target);
                finish("connect: Network is unreachable\n", null);
                return;
            }
            src = s.get().address();
            ident = e.random().nextInt(1, 0x8000);
            binding = e.ns().sockets().bind(Protocol.ICMP, src, ident, this);
            if (busybox()) {
                out.append("PING ").append(host).append(" (").append(target).append("): ").append(DATA).append(" data bytes\n");
            } else {
                out.append("PING ").append(host).append(" (").append(target).append(") ").append(DATA).append('(').append(DATA + 28)
                        .append(") bytes of data.\n");
            }
            for (int seq = 1; seq <= count; seq++) {
                int q = seq;
                e.fabric().loop().schedule((seq - 1) * INTERVAL, () -> send(q));
            }
            e.fabric().loop().schedule((count - 1) * INTERVAL + wait, this::statistics);
        });
    }

    private void send(int seq) {
        sentAt[seq] = env.fabric().loop().now();
        sent++;
        pipe = Math.max(pipe, sent - rtts.size() - errors);
        env.fabric().send(env.ns(), Packet.icmpEcho(env.ids().next(), src, target, Packet.ICMP_ECHO_REQUEST, ident, seq,
                Payload.ofBytes(new byte[DATA])));
    }

    @Override
    public void onPacket(Packet p) {
        if (finished || p.icmpType() != Packet.ICMP_ECHO_REPLY || p.dport() < 1 || p.dport() > count) {
            return;
        }
        long rtt = (env.fabric().loop().now() - sentAt[p.dport()]) / 1000;
        rtts.add(rtt);
        servedBy = env.taskAt(p.src()).orElse(servedBy);
        if (busybox()) {
            // BusyBox ping numbers from 0 and prints milliseconds with three decimals
            out.append(DATA + 8).append(" bytes from ").append(p.src()).append(": seq=").append(p.dport() - 1).append(" ttl=")
                    .append(p.ttl()).append(" time=").append(String.format(java.util.Locale.ROOT, "%d.%03d ms", rtt / 1000, rtt % 1000)).append('\n');
        } else {
            out.append(DATA + 8).append(" bytes from ").append(p.src()).append(": icmp_seq=").append(p.dport()).append(" ttl=")
                    .append(p.ttl()).append(" time=").append(IputilsTime.rtt(rtt)).append('\n');
        }
        if (rtts.size() == count) {
            statistics();
        }
    }

    /**
     * The neighbour of an echo request went FAILED (about 3 s of unanswered ARP): iputils reads the
     * error from its socket and prints it with its own address; BusyBox ping prints nothing.
     */
    @Override
    public void onHostUnreachable(Packet sent) {
        if (finished || busybox() || sent.icmpType() != Packet.ICMP_ECHO_REQUEST) {
            return;
        }
        errors++;
        out.append("From ").append(src).append(" icmp_seq=").append(sent.dport()).append(" Destination Host Unreachable\n");
        if (rtts.size() + errors == count) {
            statistics();
        }
    }

    private void statistics() {
        if (finished) {
            return;
        }
        int received = rtts.size();
        long elapsedMs = count == 1 ? 0 : (sentAt[count] - sentAt[1]) / 1_000_000L;
        out.append('\n').append("--- ").append(host).append(" ping statistics ---\n");
        if (busybox()) {
            out.append(count).append(" packets transmitted, ").append(received).append(" packets received, ")
                    .append((count - received) * 100 / count).append("% packet loss\n");
            if (received > 0) {
                String[] mam = IputilsTime.summary(rtts).split("/");
                out.append("round-trip min/avg/max = ").append(mam[0]).append('/').append(mam[1]).append('/').append(mam[2]).append(" ms\n");
            }
        } else {
            out.append(count).append(" packets transmitted, ").append(received).append(" received, ")
                    .append(errors > 0 ? "+" + errors + " errors, " : "")
                    .append((count - received) * 100 / count).append("% packet loss, time ").append(elapsedMs).append("ms\n");
            // iputils ends with one more line: rtt and pipe when there are any, else an empty line; before
            // 2017 (s20121221 ping_common.c finish) "pipe" always came after a comma, even with no rtt
            String comma = env.image().ping() == io.swarmsim.engine.images.ImageProfile.Ping.LEGACY ? ", " : "";
            if (received > 0) {
                out.append("rtt min/avg/max/mdev = ").append(IputilsTime.summary(rtts)).append(" ms");
                comma = ", ";
            }
            if (pipe > 1) {
                out.append(comma).append("pipe ").append(pipe);
            }
            out.append('\n');
        }
        env.decided(env.ping().name(), TraceEvent.AppAction.ANSWERED, target, 0, "ping sent echo requests to " + target
                + (servedBy != null ? " (" + servedBy + ")" : "") + (received == 0 ? ", no reply" : ""));
        // like ping's exit status: an address that never answered is not a success
        finish(out.toString(), received == 0 ? null : target.toString());
    }

    private boolean busybox() {
        return env.image().ping() == io.swarmsim.engine.images.ImageProfile.Ping.BUSYBOX;
    }

    /** The result; its reason line is read from the decisions above (see the simulation's RequestReasons). */
    private void finish(String text, String connected) {
        finished = true;
        if (binding != null) {
            env.ns().sockets().unbind(binding);
        }
        List<String> resolved = order.stream().map(IpAddress::toString).toList();
        done.accept(new CommandRun(env.where(), line.text(), line.grep().map(g -> g.apply(text)).orElse(text), resolved, connected,
                rtts.isEmpty() ? null : servedBy, ""));
    }
}
