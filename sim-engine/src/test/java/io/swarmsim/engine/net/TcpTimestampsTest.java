package io.swarmsim.engine.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.packet.FrameCodec;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TCP's timestamps option as Linux fills it (issue 11 point 15; RFC 7323): TSval is the sender's
 * millisecond clock plus an offset per address pair (secure_tcp_ts_off), TSecr echoes the last
 * TSval received and is 0 in a SYN; a NAT leaves both as they are. The bytes on the wire carry them.
 */
class TcpTimestampsTest {
    @Test
    void eachSideStampsItsClockAndEchoesThePeers() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        Simulation sim = new Simulation(s, s.servicesFor(s.experiment("dnsrr").orElseThrow()), 1);
        java.util.Map<Long, Packet> byId = new java.util.LinkedHashMap<>(); // OUTPUT is entered once per table
        sim.subscribe(e -> {
            if (e instanceof TraceEvent.HookEntered h && h.hook() == io.swarmsim.kernel.netfilter.Hook.OUTPUT && h.packet().protocol() == io.swarmsim.kernel.packet.Protocol.TCP) {
                byId.putIfAbsent(h.packet().traceId(), h.packet());
            }
        }, TraceLevel.FULL);
        sim.run(new CommandSpec("client.1", "curl vote", 1, null));
        List<Packet> sent = new ArrayList<>(byId.values());
        Packet syn = sent.get(0);
        Packet synAck = sent.get(1);
        assertEquals(TcpFlags.SYN, syn.tcpFlags());
        assertEquals(TcpFlags.SYN | TcpFlags.ACK, synAck.tcpFlags());
        assertEquals(0, syn.tsecr(), "a SYN echoes nothing");
        assertEquals(syn.tsval(), synAck.tsecr(), "the SYN-ACK echoes the SYN's TSval");
        assertNotEquals(syn.tsval(), synAck.tsval(), "each side has its own offset");
        Packet ack = sent.get(2);
        assertEquals(synAck.tsval(), ack.tsecr(), "the client echoes the server's last TSval");
        assertTrue(ack.tsval() >= syn.tsval() && ack.tsval() - syn.tsval() < 100, "the client's clock moved on by a few ms: " + sent);
        byte[] wire = FrameCodec.ipv4(syn);
        ByteBuffer tcp = ByteBuffer.wrap(wire, 20, wire.length - 20);
        // SYN options: MSS (4 bytes), SACK permitted (2), then kind 8 length 10 at offset 20+6
        assertEquals(8, wire[20 + 26]);
        assertEquals(10, wire[20 + 27]);
        assertEquals(syn.tsval(), tcp.getInt(20 + 28) & 0xffffffffL);
        assertEquals(0, tcp.getInt(20 + 32));
    }
}
