package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;

/**
 * One step of forwarding a query to the upstream servers, tried in order. Immutable: each outcome
 * yields the next {@link Resolution}, which may be a {@link Resolution.Forward} to the next upstream.
 */
public final class Forwarding {
    /** Docker's {@code extIOTimeout}: how long the resolver waits for each upstream. */
    public static final long UPSTREAM_TIMEOUT_MILLIS = 4_000;

    private final DnsMessage query;
    private final Transport transport;
    private final List<IpAddress> upstreams;
    private final int index;
    private final ForwardingPolicy policy;

    Forwarding(DnsMessage query, Transport transport, List<IpAddress> upstreams, int index, ForwardingPolicy policy) {
        if (index < 0 || index >= upstreams.size()) {
            throw new IllegalArgumentException("no upstream " + index);
        }
        this.query = query;
        this.transport = transport;
        this.upstreams = List.copyOf(upstreams);
        this.index = index;
        this.policy = policy;
    }

    /** Starts forwarding at the first upstream, or ends at once when there is none. */
    static Resolution start(DnsMessage query, Transport transport, List<IpAddress> upstreams, ForwardingPolicy policy) {
        if (upstreams.isEmpty()) {
            return exhausted(query, policy, "no upstream DNS server");
        }
        return new Resolution.Forward(new Forwarding(query, transport, upstreams, 0, policy));
    }

    /** The server to send to now. */
    public IpAddress upstream() {
        return upstreams.get(index);
    }

    /** The query to send: the client's query unchanged (same id, flags and EDNS). */
    public DnsMessage query() {
        return query;
    }

    public Transport transport() {
        return transport;
    }

    /** 0 for the first upstream, 1 for the second, ... */
    public int attempt() {
        return index;
    }

    /** The upstream answered with {@code reply}. */
    public Resolution onReply(DnsMessage reply) {
        boolean tryNext = policy == ForwardingPolicy.MOBY_CURRENT
                && (reply.rcode() == Rcode.SERVFAIL || reply.rcode() == Rcode.REFUSED);
        if (tryNext) {
            return next("upstream " + upstream() + " answered " + reply.rcode());
        }
        // Docker relays the upstream's message as is, re-packed with name compression on.
        return new Resolution.Reply(reply.toBuilder().compress(true).build());
    }

    /** The upstream could not be reached or did not answer within {@link #UPSTREAM_TIMEOUT_MILLIS}. */
    public Resolution onFailure() {
        return next("upstream " + upstream() + " failed");
    }

    private Resolution next(String why) {
        if (index + 1 < upstreams.size()) {
            return new Resolution.Forward(new Forwarding(query, transport, upstreams, index + 1, policy));
        }
        return exhausted(query, policy, why + "; no upstream left");
    }

    private static Resolution exhausted(DnsMessage query, ForwardingPolicy policy, String why) {
        if (policy == ForwardingPolicy.DOCKER_1_12) {
            return new Resolution.NoReply(why);
        }
        return new Resolution.Reply(LocalReplies.failure(query, Rcode.SERVFAIL));
    }

    @Override
    public String toString() {
        return "forward " + query.question().name() + " to " + upstream() + " (" + (index + 1) + "/" + upstreams.size()
                + ", " + transport + ", " + policy + ")";
    }
}
