package io.swarmsim.live.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.pcap.CapturePlan;
import io.swarmsim.engine.pcap.CaptureRecorder;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.engine.trace.TraceLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's vip run, recorded at the live points, written as pcap files, read back with pcap4j
 * and reduced to flow lines: DNS over lo with the shuffled answer and TTL, the TCP handshake to the
 * task the VIP's DNAT chose, the vote page's container ID, VXLAN around the inner frame.
 */
class FlowLinesTest {
    @TempDir
    static Path dir;
    static Session session;
    static List<CapturePlan.Point> points;

    @BeforeAll
    static void record() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        session = Session.open(s, Optional.of("vip"), s.sim().seed());
        points = new ArrayList<>(CapturePlan.points(session.desired()));
        points.add(new CapturePlan.Point(session.desired().ofTask("client.1").orElseThrow().name(), "lo", "client.1-lo"));
        CaptureRecorder rec = new CaptureRecorder(0);
        session.subscribe(CapturePlan.tap(points, rec), TraceLevel.FULL);
        session.runAll();
        rec.writeAll(dir);
    }

    private static List<String> lines(String point) {
        return FlowComparison.lines(PcapFrames.read(dir.resolve(point + ".pcap")));
    }

    @Test
    void dnsOverLoopbackShowsQuestionsAndShuffledAnswers() {
        List<String> lo = lines("client.1-lo");
        assertEquals("dns query vote. A 127.0.0.1 > 127.0.0.11", lo.get(0));
        assertEquals("dns answer vote. A NOERROR [10.0.0.4 ttl 600] 127.0.0.11 > 127.0.0.1", lo.get(1));
        assertTrue(lo.contains("dns answer vote. AAAA NOERROR [] 127.0.0.11 > 127.0.0.1"), lo.toString());
    }

    @Test
    void tcpHandshakesAndThePageNameTheTaskAfterTheVipsDnat() {
        List<String> eth0 = lines("client.1-eth0");
        assertTrue(eth0.contains("tcp SYN 10.0.0.3:* > 10.0.0.6:80"), eth0.toString());
        assertTrue(eth0.contains("tcp SYN-ACK 10.0.0.6:80 > 10.0.0.3:*"), eth0.toString());
        String id = session.cluster().task("vote.2").orElseThrow().shortContainerId();
        assertTrue(eth0.contains("http page 10.0.0.6:80 > 10.0.0.3:* container ID " + id), eth0.toString());
    }

    @Test
    void vxlanCarriesTheInnerFlowAndItsOuterHeaderIsSummarised() {
        List<String> node1 = lines("node1-eth0");
        assertTrue(node1.contains("vxlan 192.168.99.101 > 192.168.99.102 vni 257: tcp SYN 10.0.0.3:* > 10.0.0.6:80"), node1.toString());
        String outer = FlowComparison.outer(PcapFrames.read(dir.resolve("node1-eth0.pcap")));
        assertTrue(outer.startsWith("DF clear, IP ID varies"), outer);
        assertEquals("", FlowComparison.outer(PcapFrames.read(dir.resolve("client.1-eth0.pcap"))));
    }

    @Test
    void theModelAgainstItselfAgreesAtEveryPoint() {
        FlowComparison.Result r = FlowComparison.compare(points, session.desired(), dir, dir);
        assertTrue(r.points().stream().allMatch(FlowComparison.PointFlows::agrees));
        assertEquals(points.size(), r.points().size());
    }
}
