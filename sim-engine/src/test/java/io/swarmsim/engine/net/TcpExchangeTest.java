package io.swarmsim.engine.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TcpClient and TcpServer talking through vote.yaml's dnsrr cluster (client.1 on node1, vote.1 and vote.2 on node2). */
class TcpExchangeTest {
    private static final int PORT = 7000;

    static Simulation sim() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        return new Simulation(s, s.servicesFor(s.experiment("dnsrr").orElseThrow()), 1);
    }

    /** What the client's application heard. */
    static final class Heard implements TcpClient.Listener {
        int connected;
        String refused;
        byte[] response;

        @Override
        public void connected(TcpClient c) {
            connected++;
        }

        @Override
        public void refused(TcpClient c, String why) {
            refused = why;
        }

        @Override
        public void response(TcpClient c, byte[] body) {
            response = body;
        }

        boolean finished() {
            return refused != null || response != null;
        }
    }

    private static void runUntilFinished(Simulation sim, Heard h) {
        while (!h.finished() && sim.fabric().loop().step()) {
            // drive the events
        }
        sim.fabric().loop().runUntil(sim.fabric().loop().now() + 1_000_000_000L);
    }

    private static NetNamespace ns(Simulation sim, String task) {
        return sim.namespaceOf(task).orElseThrow();
    }

    private static long span(Packet p) {
        return p.payload().length() + ((p.tcpFlags() & (TcpFlags.SYN | TcpFlags.FIN)) != 0 ? 1 : 0);
    }

    @Test
    void handshakeRequestResponseAndConsistentSequenceNumbersAcrossTheOverlay() throws Exception {
        Simulation sim = sim();
        NetNamespace server = ns(sim, "vote.1");
        NetNamespace client = ns(sim, "client.1");
        List<IpAddress> askedBy = new ArrayList<>();
        TcpServer srv = new TcpServer(sim.fabric(), server, PORT, r -> {
            askedBy.add(r.from());
            return ("echo:" + new String(r.bytes(), StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        });
        List<Packet> seen = new ArrayList<>();
        capture(sim, client.name(), "eth0", "client-eth0", (point, t, f) -> {
            if (!f.isArp() && f.packet().protocol() == Protocol.TCP && (f.packet().sport() == PORT || f.packet().dport() == PORT)) {
                seen.add(f.packet());
            }
        });
        Heard h = new Heard();
        IpAddress dst = IpAddress.parse("10.0.0.3");
        TcpClient c = new TcpClient(sim.fabric(), client, dst, PORT, "hello".getBytes(StandardCharsets.US_ASCII), new PacketIds(99), h);
        c.connect();
        runUntilFinished(sim, h);

        assertNull(h.refused);
        assertEquals(1, h.connected);
        assertNotNull(h.response);
        assertEquals("echo:hello", new String(h.response, StandardCharsets.US_ASCII));
        assertEquals(1, srv.connections());
        assertEquals(List.of(IpAddress.parse("10.0.0.2")), askedBy, "dnsrr: the server sees the client's own address");
        assertEquals(IpAddress.parse("10.0.0.2"), c.source());
        assertEquals(dst, c.destination());
        assertTrue(c.sourcePort() >= 1024, "an ephemeral port: " + c.sourcePort());

        IpAddress me = c.source();
        List<Packet> out = seen.stream().filter(p -> p.src().equals(me)).toList();
        List<Packet> in = seen.stream().filter(p -> p.dst().equals(me)).toList();
        // handshake
        Packet syn = out.get(0);
        assertEquals(TcpFlags.SYN, syn.tcpFlags());
        Packet synAck = in.get(0);
        assertEquals(TcpFlags.SYN | TcpFlags.ACK, synAck.tcpFlags());
        assertEquals(syn.seq() + 1, synAck.ack(), "the SYN-ACK acknowledges the SYN");
        Packet ack = out.get(1);
        assertEquals(TcpFlags.ACK, ack.tcpFlags());
        assertEquals(syn.seq() + 1, ack.seq());
        assertEquals(synAck.seq() + 1, ack.ack(), "the client's ACK acknowledges the SYN-ACK");
        Packet request = out.get(2);
        assertEquals("hello", new String(request.payload().encode(), StandardCharsets.US_ASCII));
        assertEquals(syn.seq() + 1, request.seq());

        // every packet the client sends acknowledges a point the server has reached (client's ack = a server
        // packet's seq + length; the capture on eth0 may already hold the next server packet, not yet read by the
        // socket), acks never go back, and both sides' sequence numbers advance by exactly what they sent
        long serverNext = -1;
        long clientNext = -1;
        long lastClientAck = -1;
        java.util.Set<Long> serverPoints = new java.util.HashSet<>();
        boolean sawServerData = false;
        boolean sawServerFin = false;
        boolean sawClientFin = false;
        for (Packet p : seen) {
            boolean fromClient = p.src().equals(me);
            if (fromClient) {
                if (serverNext >= 0) {
                    assertTrue(serverPoints.contains(p.ack()), "client ack " + p.ack() + " in " + p.summary() + " is no server seq + length: " + serverPoints);
                    assertTrue(p.ack() >= lastClientAck, "ack went back: " + p.summary());
                    lastClientAck = p.ack();
                }
                if (clientNext >= 0) {
                    assertEquals(clientNext, p.seq(), "client seq in " + p.summary());
                }
                clientNext = p.seq() + span(p);
                sawClientFin |= (p.tcpFlags() & TcpFlags.FIN) != 0;
            } else {
                if (serverNext >= 0) {
                    assertEquals(serverNext, p.seq(), "server seq in " + p.summary());
                }
                assertTrue(p.ack() <= clientNext, "the server cannot acknowledge what was not sent: " + p.summary());
                serverNext = p.seq() + span(p);
                serverPoints.add(serverNext);
                sawServerData |= p.payload().length() > 0;
                sawServerFin |= (p.tcpFlags() & TcpFlags.FIN) != 0;
            }
        }
        // the client's FIN acknowledges everything the server sent, FIN included
        Packet clientFin = out.stream().filter(p -> (p.tcpFlags() & TcpFlags.FIN) != 0).findFirst().orElseThrow();
        Packet serverFin = in.stream().filter(p -> (p.tcpFlags() & TcpFlags.FIN) != 0).findFirst().orElseThrow();
        assertEquals(serverFin.seq() + 1, clientFin.ack());
        Packet response = in.stream().filter(p -> p.payload().length() > 0).findFirst().orElseThrow();
        assertEquals(synAck.seq() + 1, response.seq());
        assertEquals(request.seq() + request.payload().length(), response.ack(), "the response acknowledges the request");
        assertEquals(response.seq() + response.payload().length(), serverFin.seq());
        assertTrue(sawServerData && sawServerFin && sawClientFin, seen.toString());
        // the last packet is the server's ACK of the client's FIN
        Packet last = seen.get(seen.size() - 1);
        assertEquals(dst, last.src());
        assertEquals(TcpFlags.ACK, last.tcpFlags());
        assertEquals(clientNext, last.ack());
    }

    @Test
    void twoConnectionsOnTheSameNodeAreIndependent() throws Exception {
        Simulation sim = sim();
        TcpServer srv = new TcpServer(sim.fabric(), ns(sim, "vote.2"), PORT, r -> ("from " + r.from()).getBytes(StandardCharsets.US_ASCII));
        Heard a = new Heard();
        new TcpClient(sim.fabric(), ns(sim, "vote.1"), IpAddress.parse("10.0.0.4"), PORT, "x".getBytes(StandardCharsets.US_ASCII),
                new PacketIds(1), a).connect();
        Heard b = new Heard();
        new TcpClient(sim.fabric(), ns(sim, "client.1"), IpAddress.parse("10.0.0.4"), PORT, "y".getBytes(StandardCharsets.US_ASCII),
                new PacketIds(2), b).connect();
        while (!(a.finished() && b.finished()) && sim.fabric().loop().step()) {
            // drive both
        }
        assertEquals("from 10.0.0.3", new String(a.response, StandardCharsets.US_ASCII));
        assertEquals("from 10.0.0.2", new String(b.response, StandardCharsets.US_ASCII));
        assertEquals(2, srv.connections());
    }

    @Test
    void aResetIsReportedAsConnectionRefused() throws Exception {
        Simulation sim = sim();
        Heard h = new Heard();
        TcpClient c = new TcpClient(sim.fabric(), ns(sim, "client.1"), IpAddress.parse("10.0.0.3"), PORT + 1,
                "hello".getBytes(StandardCharsets.US_ASCII), new PacketIds(5), h);
        List<Packet> seen = new ArrayList<>();
        capture(sim, ns(sim, "client.1").name(), "eth0", "client-eth0", (point, t, f) -> {
            if (!f.isArp() && f.packet().protocol() == Protocol.TCP) {
                seen.add(f.packet());
            }
        });
        c.connect();
        runUntilFinished(sim, h);
        assertEquals("connect to 10.0.0.3 port 7001 failed: Connection refused", h.refused);
        assertEquals(0, h.connected);
        assertNull(h.response);
        assertTrue(seen.stream().anyMatch(p -> (p.tcpFlags() & TcpFlags.RST) != 0 && p.src().equals(IpAddress.parse("10.0.0.3"))),
                seen.toString());
        // the client's socket is released
        assertTrue(ns(sim, "client.1").sockets().find(Protocol.TCP, c.source(), c.sourcePort()).isEmpty());
    }

    @Test
    void aDestinationThatNeverAnswersTimesOut() throws Exception {
        Simulation sim = sim();
        Heard h = new Heard();
        // 10.0.0.99 is in the overlay's subnet but no endpoint has it: the SYNs go unanswered
        new TcpClient(sim.fabric(), ns(sim, "client.1"), IpAddress.parse("10.0.0.99"), PORT, new byte[0], new PacketIds(6), h).connect();
        runUntilFinished(sim, h);
        assertEquals("connect to 10.0.0.99 port 7000 failed: Connection timed out", h.refused);
        assertEquals(0, h.connected);
    }

    private static void capture(Simulation sim, String netns, String device, String point, io.swarmsim.engine.pcap.FrameTap tap) {
        io.swarmsim.engine.pcap.CapturePoints points = new io.swarmsim.engine.pcap.CapturePoints(tap);
        points.add(netns, device, point);
        sim.subscribe(points, io.swarmsim.engine.trace.TraceLevel.FULL);
    }
}
