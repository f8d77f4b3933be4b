package io.swarmsim.engine.apps;

import io.swarmsim.engine.net.KeepAlive;
import io.swarmsim.engine.net.KeepAliveClient;
import io.swarmsim.engine.net.TcpClient;
import io.swarmsim.engine.scenario.ClientKind;
import io.swarmsim.engine.scenario.Workload;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.resolver.ClientProfile;
import io.swarmsim.kernel.resolver.ClientProfiles;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * A long-running client of a workload: every {@code every} ns it sends an HTTP GET, resolving the
 * name as its kind does ({@link AddressBook}), over a new connection or one kept alive, and reports
 * each request's outcome (served by which task, or which error and why) to its sink and, as an
 * {@code app_decision} (ANSWERED or GIVE_UP), to the trace. Every request ends: a watchdog of the
 * workload's timeout gives up on one still waiting, so no request is lost without a reason.
 */
public final class WorkloadClient {
    private static final ClientProfiles PROFILES = ClientProfiles.standard();

    /** One request's end: the task that served it, or the error and the reason in words. */
    public record Outcome(long request, long startedAt, long endedAt, IpAddress address, String servedBy, RequestError error,
                          String reason) {
        public boolean ok() {
            return error == null;
        }
    }

    private final Workload w;
    private final LongFunction<CommandEnv> envFor;
    private final Consumer<Outcome> sink;
    private final Model model;

    /** What the client's reasons may say about the model now (never what the client itself could not know is acted on). */
    public interface Model {
        /** The task or VIP behind an address and whether its container exists ({@code 10.0.0.6 is vote.1's address, whose container is gone}). */
        String whose(IpAddress address);

        /** Whether a task's container runs now. */
        boolean running(String task);

        /** What the load balancers hold for a connection to a VIP: its IPVS entry, or that there is none any more. */
        String ipvsEntry(IpAddress client, int clientPort, IpAddress vip, int port, long idleSince);
    }
    private final ClientProfile profile;
    private final AddressBook book;
    private final String app;
    /** Open connections kept alive and not busy, the most recently used last (a client's connection pool). */
    private final java.util.ArrayDeque<Pooled> idle = new java.util.ArrayDeque<>();

    /** A connection of the pool: where its address came from, and the task that last answered on it. */
    private static final class Pooled {
        final KeepAliveClient conn;
        final String source;
        String lastServer;

        Pooled(KeepAliveClient conn, String source) {
            this.conn = conn;
            this.source = source;
        }
    }

    /**
     * @param envFor a command environment for a request number (its namespace, seeded streams, the JVM cache of this client)
     */
    public WorkloadClient(Workload w, LongFunction<CommandEnv> envFor, Consumer<Outcome> sink, Model model) {
        this.model = model;
        this.w = w;
        this.envFor = envFor;
        this.sink = sink;
        this.profile = PROFILES.get(w.client() == ClientKind.JAVA_DEFAULT ? "java-default" : "glibc-current");
        this.book = new AddressBook(w.client());
        this.app = "workload " + w.name() + " (" + w.client().word() + ")";
    }

    /**
     * Sends the workload's requests from {@code first} (its start, or now if that has passed): each
     * schedules the next, so only one waits in the event queue whatever the duration.
     */
    public void start(io.swarmsim.engine.loop.EventLoop loop, long first, java.util.function.LongSupplier numbers) {
        tick(loop, first, 0, numbers);
    }

    private void tick(io.swarmsim.engine.loop.EventLoop loop, long first, long i, java.util.function.LongSupplier numbers) {
        if (i >= w.requests()) {
            return;
        }
        loop.at(first + i * w.every(), () -> {
            tick(loop, first, i + 1, numbers);
            request(numbers.getAsLong());
        });
    }

    private void request(long number) {
        CommandEnv env = envFor.apply(number);
        long started = env.fabric().loop().now();
        boolean[] ended = {false};
        Runnable[] cancel = {() -> { }};
        String[] waiting = {"looking up " + w.host()};
        Consumer<Outcome> end = o -> {
            if (!ended[0]) {
                ended[0] = true;
                report(env, o);
            }
        };
        env.fabric().loop().schedule(w.timeout(), () -> {
            if (!ended[0]) {
                cancel[0].run();
                end.accept(failed(env, number, started, null, RequestError.ANSWER_TIMEOUT, "no answer within the client's timeout of "
                        + seconds(w.timeout()) + " s, " + waiting[0]));
            }
        });
        Request r = new Request(env, number, started, end, cancel, waiting);
        while (w.keepAlive() && !idle.isEmpty()) {
            Pooled p = idle.pollLast();
            if (p.conn.open()) {
                send(r, p);
                return;
            }
        }
        book.addresses(env, profile, w.host(), (addresses, source) -> {
            if (ended[0]) {
                return;
            }
            if (addresses.isEmpty()) {
                end.accept(failed(env, number, started, null, RequestError.NAME_LOOKUP, source));
                return;
            }
            attempt(r, addresses, 0, source);
        });
    }

    /** One request on its way: its environment, number, start, how it ends, how to cancel it, what it waits for. */
    private record Request(CommandEnv env, long number, long started, Consumer<Outcome> end, Runnable[] cancel, String[] waiting) {
    }

    /** Connects to the {@code i}-th address (nginx goes on to the next on an error, the others use the first only). */
    private void attempt(Request r, List<IpAddress> addresses, int i, String source) {
        CommandEnv env = r.env();
        IpAddress to = addresses.get(i);
        env.decided(app, TraceEvent.AppAction.CONNECT, to, w.port(), source);
        r.waiting()[0] = "connecting to " + to + " (" + model.whose(to) + "; the client had it from " + source + ")";
        if (w.keepAlive()) {
            send(r, new Pooled(new KeepAliveClient(env.fabric(), env.ns(), to, w.port(), w.tcpKeepalive()), source));
            return;
        }
        TcpClient c = new TcpClient(env.fabric(), env.ns(), to, w.port(), httpRequest(false), env.ids(), new TcpClient.Listener() {
            @Override
            public void connected(TcpClient c) {
                r.waiting()[0] = "waiting for the answer from " + to + " (" + model.whose(to) + ")";
            }

            @Override
            public void refused(TcpClient c, String why) {
                book.failed(to, env.fabric().loop().now());
                if (w.client() == ClientKind.NGINX && i + 1 < addresses.size()) {
                    env.decided(app, TraceEvent.AppAction.FALLBACK, to, w.port(), why + "; nginx tries the next upstream address "
                            + "(proxy_next_upstream error timeout) and marks " + to + " failed for 10 s");
                    attempt(r, addresses, i + 1, source);
                    return;
                }
                r.end().accept(failed(env, r.number(), r.started(), to, RequestError.of(why), why + "; " + model.whose(to)
                        + "; the client had it from " + source + balancer(to, c.source(), c.sourcePort(), -1)));
            }

            @Override
            public void response(TcpClient c, byte[] body) {
                answered(r, to, body, r.number(), null);
            }
        });
        r.cancel()[0] = c::abort;
        c.connect();
    }

    private void send(Request r, Pooled p) {
        IpAddress to = p.conn.destination();
        String via = "the connection kept alive to " + to + " (" + model.whose(to) + (p.lastServer == null ? ""
                : "; its last answer came from " + p.lastServer + ", whose container " + (model.running(p.lastServer) ? "runs" : "is gone")) + ")";
        r.waiting()[0] = (p.conn.open() ? "waiting for the answer on " : "connecting: ") + via;
        r.cancel()[0] = () -> {
            if (p.conn.open()) {
                r.waiting()[0] += balancer(to, p.conn.source(), p.conn.sourcePort(), p.conn.idleSince());
            }
            p.conn.abort();
        };
        p.conn.send(httpRequest(true), r.env().ids(), new KeepAliveClient.Listener() {
            @Override
            public void connected() {
                r.waiting()[0] = "waiting for the answer on " + via;
            }

            @Override
            public void answered(byte[] response) {
                WorkloadClient.this.answered(r, to, response, r.env().ids().request(), p);
            }

            @Override
            public void failed(String why) {
                r.end().accept(WorkloadClient.this.failed(r.env(), r.number(), r.started(), to, RequestError.of(why), why + " on " + via
                        + (p.conn.probes() > 0 ? "; " + p.conn.probes() + " keepalive probes sent" : "")
                        + balancer(to, p.conn.source(), p.conn.sourcePort(), -1)));
            }
        });
    }

    /** For a connection to a VIP: what the load balancers hold for it ({@code idleSince} < 0: a connection not idle before). */
    private String balancer(IpAddress to, IpAddress src, int sport, long idleSince) {
        return src == null || !model.whose(to).contains("VIP") ? "" : "; " + model.ipvsEntry(src, sport, to, w.port(), idleSince);
    }

    /** An answer on a connection; {@code served} is the request number the server's log knows it by, {@code pooled} its connection if kept. */
    private void answered(Request r, IpAddress to, byte[] body, long served, Pooled pooled) {
        CommandEnv env = r.env();
        String task = env.servers().log().take(served).or(() -> env.taskAt(to)).orElse(null);
        if (body.length == 0) {
            r.end().accept(failed(env, r.number(), r.started(), to, RequestError.CLOSED, "the server closed without answering"));
            return;
        }
        if (pooled != null) {
            pooled.lastServer = task;
            idle.addLast(pooled);
        }
        r.end().accept(new Outcome(r.number(), r.started(), env.fabric().loop().now(), to, task, null, "served by " + task + " at " + to));
    }

    private Outcome failed(CommandEnv env, long number, long started, IpAddress to, RequestError error, String reason) {
        return new Outcome(number, started, env.fabric().loop().now(), to, null, error, reason);
    }

    private void report(CommandEnv env, Outcome o) {
        env.decided(app, o.ok() ? TraceEvent.AppAction.ANSWERED : TraceEvent.AppAction.GIVE_UP, o.address(), w.port(),
                o.ok() ? o.reason() : o.error().words() + ": " + o.reason());
        sink.accept(o);
    }

    private byte[] httpRequest(boolean keepAlive) {
        String head = "GET / HTTP/1.1\r\nHost: " + w.host() + (w.port() == 80 ? "" : ":" + w.port()) + "\r\nUser-Agent: swarmsim-workload/"
                + w.client().word() + "\r\nAccept: */*\r\n" + (keepAlive ? KeepAlive.HEADER + "\r\n" : "") + "\r\n";
        return head.getBytes(StandardCharsets.US_ASCII);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
