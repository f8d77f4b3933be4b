package io.swarmsim.engine.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.engine.trace.TraceLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapturePlanTest {
    private static Session vip() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        return Session.open(s, Optional.of("vip"), s.sim().seed());
    }

    @Test
    void theStandardPointsAreTheTaskInterfacesAndTheNodesNics() throws Exception {
        List<String> names = CapturePlan.points(vip().desired()).stream().map(CapturePlan.Point::name).sorted().toList();
        assertEquals(List.of("client.1-eth0", "client.1-eth1", "node1-eth0", "node2-eth0", "vote.1-eth0", "vote.1-eth1", "vote.2-eth0",
                "vote.2-eth1"), names);
    }

    /** As tcpdump on lo: a packet sent to the embedded DNS over lo is seen once, not at its send and again at its receive. */
    @Test
    void aLoopbackPointSeesEachPacketOnce() throws Exception {
        Session s = vip();
        DesiredState.Namespace client = s.desired().ofTask("client.1").orElseThrow();
        CaptureRecorder rec = new CaptureRecorder(0);
        List<CapturePlan.Point> lo = new ArrayList<>(List.of(new CapturePlan.Point(client.name(), "lo", "client.1-lo")));
        s.subscribe(CapturePlan.tap(lo, rec), TraceLevel.FULL);
        s.runCommand("client.1", "dig vote");
        assertEquals(2, rec.records("client.1-lo").size(), "the query and the answer");
    }
}
