package io.swarmsim.live.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.engine.loop.RandomStreams;
import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.DockerEmbeddedDns;
import io.swarmsim.kernel.dns.ForwardingPolicy;
import io.swarmsim.kernel.dns.Question;
import io.swarmsim.kernel.dns.RecordType;
import io.swarmsim.kernel.dns.Resolution;
import io.swarmsim.kernel.dns.Transport;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The real server answers a sequence of queries over its sockets with exactly the messages the
 * model's server gives the same sequence: same records, TTL 600, same shuffled order (both draw
 * the same seeded stream), and the same over TCP. It binds 127.0.0.11 at free ports on loopback.
 */
class EmbeddedDnsResponderTest {
    @Test
    void answersOverUdpAndTcpAreTheModelsInTheModelsOrder() throws IOException {
        int udp = freePort();
        int tcp = freePort();
        ServerSpec spec = new ServerSpec(1, "dns-shuffle@node1", Optional.of(new ServerSpec.Dns(udp, tcp, List.of(),
                ServerSpecTest.VOTE.dns().orElseThrow().networks())), List.of());
        new EmbeddedDnsResponder(spec).start();
        DockerEmbeddedDns model = new DockerEmbeddedDns(List.of(), ForwardingPolicy.MOBY_CURRENT);
        SplittableRandom stream = new RandomStreams(1).stream("dns-shuffle@node1");
        var view = spec.dns().orElseThrow().view();
        List<String> names = List.of("vote", "vote", "tasks.vote", "client", "vote", "vote", "vote");
        List<DnsMessage> expected = new ArrayList<>();
        List<DnsMessage> real = new ArrayList<>();
        int id = 100;
        for (String name : names) {
            DnsMessage q = query(id++, name);
            expected.add(((Resolution.Reply) model.answer(view, q, Transport.UDP, stream)).message());
            real.add(overUdp(q, udp));
        }
        DnsMessage q = query(id, "vote");
        expected.add(((Resolution.Reply) model.answer(view, q, Transport.TCP, stream)).message());
        real.add(overTcp(q, tcp));
        assertEquals(expected.stream().map(m -> Arrays.toString(m.encode())).toList(), real.stream().map(m -> Arrays.toString(m.encode())).toList());
        assertEquals(600, real.get(0).answers().get(0).ttl());
    }

    private static DnsMessage query(int id, String name) {
        return DnsMessage.builder().id(id).rd(true).question(Question.in(name, RecordType.A)).build();
    }

    private static DnsMessage overUdp(DnsMessage q, int port) throws IOException {
        try (DatagramSocket s = new DatagramSocket()) {
            s.setSoTimeout(5000);
            byte[] wire = q.encode();
            s.send(new DatagramPacket(wire, wire.length, InetAddress.getByName("127.0.0.11"), port));
            DatagramPacket p = new DatagramPacket(new byte[4096], 4096);
            s.receive(p);
            return DnsMessage.decode(Arrays.copyOf(p.getData(), p.getLength()));
        }
    }

    private static DnsMessage overTcp(DnsMessage q, int port) throws IOException {
        try (Socket s = new Socket(InetAddress.getByName("127.0.0.11"), port)) {
            s.setSoTimeout(5000);
            byte[] wire = q.encode();
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            out.writeShort(wire.length);
            out.write(wire);
            out.flush();
            DataInputStream in = new DataInputStream(s.getInputStream());
            byte[] reply = new byte[in.readUnsignedShort()];
            in.readFully(reply);
            return DnsMessage.decode(reply);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.11"))) {
            return s.getLocalPort();
        }
    }
}
