package io.swarmsim.engine.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tunnel packets carry the identification the sending node's kernel picks per (source, destination):
 * one more per packet, as seen with tcpdump on a real vxlan underlay, and not the inner packet's.
 */
class TunnelIdentificationTest {
    @Test
    void eachDirectionCountsItsOwnIdentifications() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        Simulation sim = new Simulation(s, s.servicesFor(s.experiment("vip").orElseThrow()), 1);
        List<TraceEvent.Vxlan> encaps = new ArrayList<>();
        sim.subscribe(e -> {
            if (e instanceof TraceEvent.Vxlan v && v.encapsulate()) {
                encaps.add(v);
            }
        }, TraceLevel.FULL);
        sim.run(new CommandSpec("client.1", "curl vote", 1, null));
        List<Integer> fromNode1 = new ArrayList<>();
        for (TraceEvent.Vxlan v : encaps) {
            int id = ((VxlanPayload) v.outer().payload()).outerIpId();
            assertTrue(id != (v.inner().packet().traceId() & 0xffff) || id == 0, "not the inner packet's: " + v);
            if (v.outer().src().toString().equals("192.168.99.101")) {
                fromNode1.add(id);
            }
        }
        assertTrue(fromNode1.size() > 3, "a curl sends several packets across: " + fromNode1);
        for (int i = 1; i < fromNode1.size(); i++) {
            assertEquals((fromNode1.get(i - 1) + 1) & 0xffff, fromNode1.get(i), "one more per packet: " + fromNode1);
        }
    }
}
