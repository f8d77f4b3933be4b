package io.swarmsim.engine.apps;

import io.swarmsim.engine.net.Fabric;
import io.swarmsim.engine.net.PacketHandler;
import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.net.TcpServer;
import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.DockerEmbeddedDns;
import io.swarmsim.kernel.dns.Forwarding;
import io.swarmsim.kernel.dns.Resolution;
import io.swarmsim.kernel.dns.SandboxDnsView;
import io.swarmsim.kernel.dns.Transport;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.SplittableRandom;

/**
 * Docker's embedded DNS server inside one container: a UDP socket on 127.0.0.11:udpPort and a TCP
 * listener on 127.0.0.11:tcpPort (the DOCKER_OUTPUT DNATs send port 53 there) answering from the
 * container's networks. Each answer is
 * shuffled with the daemon's seeded stream.
 */
public final class EmbeddedDnsServer implements PacketHandler {
    private final Fabric fabric;
    private final TraceSink trace;
    private final NetNamespace ns;
    private final DockerEmbeddedDns dns;
    private final java.util.function.Supplier<SandboxDnsView> view;
    private final SplittableRandom shuffle;
    private final int udpPort;
    private static final String SERVER = "docker embedded DNS " + DockerEmbeddedDns.ADDRESS;
    private int sent;

    public EmbeddedDnsServer(Fabric fabric, TraceSink trace, NetNamespace ns, int udpPort, int tcpPort, DockerEmbeddedDns dns,
                             java.util.function.Supplier<SandboxDnsView> view, SplittableRandom shuffle) {
        this.fabric = fabric;
        this.trace = trace;
        this.ns = ns;
        this.dns = dns;
        this.view = view;
        this.shuffle = shuffle;
        this.udpPort = udpPort;
        ns.sockets().bind(Protocol.UDP, DockerEmbeddedDns.ADDRESS, udpPort, this);
        new TcpServer(fabric, ns, DockerEmbeddedDns.ADDRESS, tcpPort, r -> overTcp(r.bytes()));
    }

    /**
     * A query over TCP (RFC 1035 4.2.2: each message after its two-byte length), answered the same
     * way but never truncated. A name it would forward gets no answer: the simulated underlay has no
     * Internet, so the connection just closes.
     */
    private byte[] overTcp(byte[] request) {
        if (request.length < 2) {
            return new byte[0];
        }
        int len = ((request[0] & 0xff) << 8) | (request[1] & 0xff);
        if (len != request.length - 2) {
            return new byte[0];
        }
        Resolution r = dns.answer(view.get(), DnsMessage.decode(java.util.Arrays.copyOfRange(request, 2, request.length)), Transport.TCP, shuffle);
        if (!(r instanceof Resolution.Reply reply)) {
            return new byte[0];
        }
        byte[] m = reply.message().encode();
        byte[] out = new byte[m.length + 2];
        out[0] = (byte) (m.length >> 8);
        out[1] = (byte) m.length;
        System.arraycopy(m, 0, out, 2, m.length);
        return out;
    }

    @Override
    public void onPacket(Packet p) {
        if (p.isIcmpError()) {
            return; // the client had gone: its port answered "unreachable"
        }
        DnsMessage query = p.payload() instanceof DnsMessage m ? m : DnsMessage.decode(p.payload().encode());
        if (trace.wants(TraceEvent.Kind.DNS_QUERY)) {
            trace.event(new TraceEvent.DnsQuery(fabric.loop().now(), p.traceId(), Place.of(ns.name()), SERVER, query));
        }
        act(p, dns.answer(view.get(), query, Transport.UDP, shuffle));
    }

    /**
     * Sends a local answer, or walks the upstream list. The simulated underlay has no Internet, so
     * an upstream never answers: after the resolver's 4 s I/O timeout it moves to the next one.
     */
    private void act(Packet query, Resolution r) {
        if (r instanceof Resolution.Reply reply) {
            long id = PacketIds.dnsAnswer(query.traceId(), sent++);
            if (trace.wants(TraceEvent.Kind.DNS_ANSWER)) {
                trace.event(new TraceEvent.DnsAnswer(fabric.loop().now(), id, Place.of(ns.name()), SERVER, reply.message()));
            }
            fabric.send(ns, Packet.udp(id, DockerEmbeddedDns.ADDRESS, udpPort, query.src(), query.sport(), reply.message()));
        } else if (r instanceof Resolution.Forward f) {
            fabric.loop().schedule(Forwarding.UPSTREAM_TIMEOUT_MILLIS * 1_000_000L, () -> act(query, f.state().onFailure()));
        }
    }
}
