package io.swarmsim.engine.net;

/**
 * One-way delays of the simulated links, in nanoseconds. Loopback and a veth hop inside one node
 * are microseconds; crossing the underlay between nodes costs {@code underlay}.
 */
public record Latencies(long loopback, long sameNode, long underlay) {
    public static final Latencies DEFAULT = new Latencies(5_000L, 40_000L, 350_000L);
}
