package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The server-side logic of Docker's embedded DNS server at 127.0.0.11 for one sandbox, as a pure
 * object. The caller owns the network exchange: it passes each client query to {@link #answer} and
 * acts on the {@link Resolution}; for a {@link Resolution.Forward} it sends the query upstream and feeds
 * the outcome back through {@link Forwarding#onReply} / {@link Forwarding#onFailure}.
 *
 * <p>A and AAAA queries for names in the sandbox's networks are answered locally: TTL 600, addresses
 * shuffled (Fisher–Yates, as libnetwork's {@code shuffleAddr}) when there is more than one, NOERROR with
 * no answer for a known name without an address of the asked family, truncated to the size limit with TC
 * over UDP. Every other query, and unknown names, are forwarded per the {@link ForwardingPolicy}.
 * PTR and SRV answers for container names are not modelled (they are forwarded).
 */
public final class DockerEmbeddedDns {
    /** libnetwork {@code respTTL}. */
    public static final long TTL_SECONDS = 600;
    /** libnetwork {@code maxExtDNS}. */
    public static final int MAX_UPSTREAMS = 3;
    /** The address containers send their queries to. */
    public static final IpAddress ADDRESS = IpAddress.v4(127, 0, 0, 11);

    private final List<IpAddress> upstreams;
    private final ForwardingPolicy policy;

    /**
     * @param upstreams the host's nameservers in resolv.conf order; only the first {@value #MAX_UPSTREAMS}
     *     are used
     */
    public DockerEmbeddedDns(List<IpAddress> upstreams, ForwardingPolicy policy) {
        this.upstreams = List.copyOf(upstreams.subList(0, Math.min(upstreams.size(), MAX_UPSTREAMS)));
        this.policy = Objects.requireNonNull(policy);
    }

    public List<IpAddress> upstreams() {
        return upstreams;
    }

    public ForwardingPolicy policy() {
        return policy;
    }

    /**
     * Decides what to do with a client's query.
     *
     * @param view the sandbox's networks and their names at the time of the query
     * @param rng the stream the answer shuffle draws from
     */
    public Resolution answer(SandboxDnsView view, DnsMessage query, Transport transport, RandomGenerator rng) {
        if (query.qr() || query.questions().isEmpty()) {
            return new Resolution.NoReply("not a query with a question");
        }
        Question q = query.question();
        boolean a = q.type().equals(RecordType.A);
        boolean aaaa = q.type().equals(RecordType.AAAA);
        if (!(a || aaaa) || q.dnsClass() != DnsClass.IN) {
            return Forwarding.start(query, transport, upstreams, policy);
        }
        NameLookup found = view.resolve(q.name(), aaaa);
        if (!found.known()) {
            return Forwarding.start(query, transport, upstreams, policy);
        }
        List<IpAddress> ips = new ArrayList<>(found.addresses());
        if (ips.size() > 1) {
            shuffle(ips, rng);
        }
        DnsMessage.Builder reply = LocalReplies.replyTo(query);
        for (IpAddress ip : ips) {
            reply.answer(new AddressRecord(q.name(), TTL_SECONDS, ip));
        }
        return new Resolution.Reply(
                LocalReplies.truncate(reply.build(), LocalReplies.maxSize(query, transport), transport));
    }

    /** Fisher–Yates from the end, exactly as libnetwork's {@code shuffleAddr}. */
    static void shuffle(List<IpAddress> ips, RandomGenerator rng) {
        for (int i = ips.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            IpAddress t = ips.get(i);
            ips.set(i, ips.get(j));
            ips.set(j, t);
        }
    }
}
