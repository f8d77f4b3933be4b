package io.swarmsim.engine.scenario;

/**
 * A long-running client: from {@code start} for {@code duration} ns it sends an HTTP GET to
 * {@code host:port} every {@code every} ns from task {@code from}, resolving the name as
 * {@code client} does; over one connection kept alive, or a new connection per request.
 *
 * @param tcpKeepalive idle time before TCP keepalive probes on a kept-alive connection (0: off, Linux's default 7200 s
 *                     is longer than any run here)
 * @param timeout      how long the client waits for a connection or an answer before it gives up
 */
public record Workload(String name, String from, ClientKind client, String host, int port, long start, long every, long duration,
                       boolean keepAlive, long tcpKeepalive, long timeout, Location location) {
    /** The most requests one workload may send (duration / every). */
    public static final long MAX_REQUESTS = 1_000_000;

    public long requests() {
        return duration / every;
    }

    public Workload withFrom(String task) {
        return new Workload(name, task, client, host, port, start, every, duration, keepAlive, tcpKeepalive, timeout, location);
    }
}
