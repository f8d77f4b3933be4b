package io.swarmsim.engine.apps;

import io.swarmsim.engine.net.Fabric;
import io.swarmsim.engine.net.PacketHandler;
import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.kernel.dns.AddressRecord;
import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.DockerEmbeddedDns;
import io.swarmsim.kernel.dns.Rcode;
import io.swarmsim.kernel.dns.ResourceRecord;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.SocketTable;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.resolver.Answer;
import io.swarmsim.kernel.resolver.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The libc stub resolver's wire side: sends the queries a profile sends (A, and AAAA for
 * getaddrinfo) from one UDP socket to the nameserver of resolv.conf (127.0.0.11:53), waits for
 * every reply, retries once after glibc's 5 s timeout, and hands over the answer as received.
 */
public final class StubResolver implements PacketHandler {
    /** The outcome of a lookup: the answer in arrival order, or why there is none. */
    public record Result(Optional<Answer> answer, List<DnsMessage> replies, String failure, long elapsedNanos) {
    }

    static final long TIMEOUT = 5_000_000_000L;
    static final int ATTEMPTS = 2;

    private final Fabric fabric;
    private final NetNamespace ns;
    private final PacketIds ids;
    private final SplittableRandom queryIds;
    private final String name;
    private final List<RecordType> types;
    private final Consumer<Result> done;
    private final List<DnsMessage> replies = new ArrayList<>();
    private final List<Integer> pendingIds = new ArrayList<>();
    private SocketTable.Binding binding;
    private IpAddress src;
    private int sport;
    private long started;
    private int attempt;
    private boolean finished;
    private RecordType firstResponse;
    private Optional<Integer> edns = Optional.empty();

    public StubResolver(Fabric fabric, NetNamespace ns, PacketIds ids, SplittableRandom queryIds, String name,
                        Set<RecordType> types, Consumer<Result> done) {
        this.fabric = fabric;
        this.ns = ns;
        this.ids = ids;
        this.queryIds = queryIds;
        this.name = name;
        this.types = types.contains(RecordType.AAAA) ? List.of(RecordType.A, RecordType.AAAA) : List.of(RecordType.A);
        this.done = done;
    }

    /** Adds an EDNS0 OPT record with this UDP size to the queries, as dig does by default (4096). */
    public StubResolver edns(int udpSize) {
        this.edns = Optional.of(udpSize);
        return this;
    }

    public void start() {
        started = fabric.loop().now();
        src = IpAddress.parse("127.0.0.1");
        sport = ns.ephemeralPort(Protocol.UDP);
        binding = ns.sockets().bind(Protocol.UDP, null, sport, this);
        send();
    }

    private void send() {
        attempt++;
        replies.clear();
        pendingIds.clear();
        for (RecordType t : types) {
            int id = queryIds.nextInt(0x10000);
            pendingIds.add(id);
            io.swarmsim.kernel.dns.RecordType wire = t == RecordType.A ? io.swarmsim.kernel.dns.RecordType.A : io.swarmsim.kernel.dns.RecordType.AAAA;
            DnsMessage q = DnsMessage.query(id, name, wire, true, edns);
            fabric.send(ns, Packet.udp(ids.next(), src, sport, DockerEmbeddedDns.ADDRESS, 53, q));
        }
        int mine = attempt;
        fabric.loop().schedule(TIMEOUT, () -> {
            if (!finished && attempt == mine) {
                if (attempt < ATTEMPTS) {
                    send();
                } else {
                    finish(null, ";; connection timed out; no servers could be reached");
                }
            }
        });
    }

    @Override
    public void onPacket(Packet p) {
        if (finished) {
            return;
        }
        if (p.isIcmpError()) {
            finish(null, ";; connection refused: " + p.src() + " answered ICMP port unreachable");
            return;
        }
        DnsMessage m = p.payload() instanceof DnsMessage d ? d : DnsMessage.decode(p.payload().encode());
        if (!pendingIds.remove((Integer) m.id())) {
            return;
        }
        if (firstResponse == null) {
            firstResponse = m.question().type().equals(io.swarmsim.kernel.dns.RecordType.AAAA) ? RecordType.AAAA : RecordType.A;
        }
        replies.add(m);
        if (pendingIds.isEmpty()) {
            complete();
        }
    }

    private void complete() {
        List<IpAddress> a = new ArrayList<>();
        List<IpAddress> aaaa = new ArrayList<>();
        String failure = null;
        for (DnsMessage m : replies) {
            if (m.rcode() != Rcode.NOERROR) {
                failure = "status " + m.rcode();
            }
            for (ResourceRecord r : m.answers()) {
                if (r instanceof AddressRecord ar) {
                    (ar.address().isV4() ? a : aaaa).add(ar.address());
                }
            }
        }
        if (a.isEmpty() && aaaa.isEmpty()) {
            finish(null, failure == null ? "no address for " + name : failure);
            return;
        }
        finish(Answer.of(a, aaaa).withFirstResponse(firstResponse), null);
    }

    private void finish(Answer answer, String failure) {
        finished = true;
        ns.sockets().unbind(binding);
        done.accept(new Result(Optional.ofNullable(answer), List.copyOf(replies), failure, fabric.loop().now() - started));
    }
}
