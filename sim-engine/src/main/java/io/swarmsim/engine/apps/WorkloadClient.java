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
import java.util.function.Function;
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
    /** Describes the task behind an address now ({@code vote.1's address; its container is gone}). */
    private final Function<IpAddress, String> whose;
    private final ClientProfile profile;
    private final AddressBook book;
    private final String app;
    private KeepAliveClient connection;
    private String connectionSource = "";

    /**
     * @param envFor a command environment for a request number (its namespace, seeded streams, the JVM cache of this client)
     */
    public WorkloadClient(Workload w, LongFunction<CommandEnv> envFor, Consumer<Outcome> sink, Function<IpAddress, String> whose) {
        this.w = w;
        this.envFor = envFor;
        this.sink = sink;
        this.whose = whose;
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
                        + seconds(w.timeout()) + " s"));
            }
        });
        if (w.keepAlive() && connection != null && connection.open()) {
            send(env, number, started, connection, connectionSource, end, cancel);
            return;
        }
        book.addresses(env, profile, w.host(), (addresses, source) -> {
            if (ended[0]) {
                return;
            }
            if (addresses.isEmpty()) {
                end.accept(failed(env, number, started, null, RequestError.NAME_LOOKUP, source));
                return;
            }
            attempt(env, number, started, addresses, 0, source, end, cancel);
        });
    }

    /** Connects to the {@code i}-th address (nginx goes on to the next on an error, the others use the first only). */
    private void attempt(CommandEnv env, long number, long started, List<IpAddress> addresses, int i, String source,
                         Consumer<Outcome> end, Runnable[] cancel) {
        IpAddress to = addresses.get(i);
        env.decided(app, TraceEvent.AppAction.CONNECT, to, w.port(), source);
        if (w.keepAlive()) {
            connection = new KeepAliveClient(env.fabric(), env.ns(), to, w.port(), env.ids(), w.tcpKeepalive());
            connectionSource = source;
            send(env, number, started, connection, source, end, cancel);
            return;
        }
        TcpClient c = new TcpClient(env.fabric(), env.ns(), to, w.port(), httpRequest(false), env.ids(), new TcpClient.Listener() {
            @Override
            public void connected(TcpClient c) {
            }

            @Override
            public void refused(TcpClient c, String why) {
                RequestError error = RequestError.of(why);
                book.failed(to, env.fabric().loop().now());
                if (w.client() == ClientKind.NGINX && i + 1 < addresses.size()) {
                    env.decided(app, TraceEvent.AppAction.FALLBACK, to, w.port(), why + "; nginx tries the next upstream address "
                            + "(proxy_next_upstream error timeout) and marks " + to + " failed for 10 s");
                    attempt(env, number, started, addresses, i + 1, source, end, cancel);
                    return;
                }
                end.accept(failed(env, number, started, to, error, why + "; " + whose.apply(to) + "; the client had it from " + source));
            }

            @Override
            public void response(TcpClient c, byte[] body) {
                answered(env, number, started, to, body, source, end);
            }
        });
        cancel[0] = c::abort;
        c.connect();
    }

    private void send(CommandEnv env, long number, long started, KeepAliveClient conn, String source, Consumer<Outcome> end,
                      Runnable[] cancel) {
        IpAddress to = conn.destination();
        cancel[0] = () -> {
            conn.abort();
            connection = null;
        };
        conn.send(httpRequest(true), new KeepAliveClient.Listener() {
            @Override
            public void connected() {
            }

            @Override
            public void answered(byte[] response) {
                WorkloadClient.this.answered(env, conn.ids().request(), started, to, response, source, end);
            }

            @Override
            public void failed(String why) {
                connection = null;
                end.accept(WorkloadClient.this.failed(env, number, started, to, RequestError.of(why), why + " on the connection kept alive to "
                        + to + " (" + whose.apply(to) + ")" + (conn.probes() > 0 ? "; " + conn.probes() + " keepalive probes sent" : "")));
            }
        });
    }

    private void answered(CommandEnv env, long served, long started, IpAddress to, byte[] body, String source, Consumer<Outcome> end) {
        String task = env.servers().log().take(served).or(() -> env.taskAt(to)).orElse(null);
        if (body.length == 0) {
            end.accept(failed(env, served, started, to, RequestError.CLOSED, "the server closed without answering"));
            return;
        }
        end.accept(new Outcome(env.ids().request(), started, env.fabric().loop().now(), to, task, null, "served by " + task + " at " + to));
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
