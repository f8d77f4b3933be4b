package io.swarmsim.live.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.pcap.CapturePlan;
import io.swarmsim.engine.pcap.CaptureRecorder;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.engine.trace.TraceLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's own captures of vip and mesh, joined into connections: the VIP's DNAT seen as the
 * tuple changing between the client's eth0 and the task's, the routing mesh's DNAT and SNAT each
 * at its point, the answering container named; the joined lines differ when one capture changes.
 */
class ConnectionsTest {
    @TempDir
    Path dir;

    private record Recorded(Session session, List<CapturePlan.Point> points) {
    }

    private Recorded record(String experiment, Path into) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        Session session = Session.open(s, Optional.of(experiment), s.sim().seed());
        List<CapturePlan.Point> points = CapturePlan.points(session.desired());
        CaptureRecorder rec = new CaptureRecorder(0);
        session.subscribe(CapturePlan.tap(points, rec), TraceLevel.FULL);
        session.runAll();
        rec.writeAll(into);
        return new Recorded(session, points);
    }

    @Test
    void theVipsRoundRobinShowsAsEachConnectionsTupleAtTheClientsEth0() throws Exception {
        Recorded r = record("vip", dir);
        List<Connections.Connection> cs = Connections.read(r.points(), r.session().desired(), dir);
        List<String> lines = Connections.lines(r.points(), cs);
        assertEquals(4, cs.size(), lines.toString()); // vote.yaml's vip experiment: four curls
        // IPVS runs in the client's own namespace (LOCAL_OUT): the SYN leaves eth0 already translated to a task
        String vote1 = r.session().cluster().task("vote.1").orElseThrow().shortContainerId();
        String vote2 = r.session().cluster().task("vote.2").orElseThrow().shortContainerId();
        for (int n = 1; n <= 4; n++) {
            String task = n % 2 == 1 ? "10.0.0.6" : "10.0.0.5";
            assertTrue(lines.contains("connection " + n + " at client.1-eth0: 10.0.0.3:p1 > " + task + ":80"), lines.toString());
            assertTrue(lines.contains("connection " + n + " answered by container ID " + (n % 2 == 1 ? vote2 : vote1)), lines.toString());
        }
        assertTrue(lines.contains("connection 1 at node2-eth0: 10.0.0.3:p1 > 10.0.0.6:80"), "inside the VXLAN frame: " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("connection 1 at vote.1-eth0")),
                "the SYN the model's bridge flooded to vote.1 before learning vote.2's MAC is not on the path: " + lines);
    }

    @Test
    void theMeshShowsTheDnatToATaskAndTheSnatToTheIngressSandbox() throws Exception {
        Recorded r = record("mesh", dir);
        List<String> lines = Connections.lines(r.points(), Connections.read(r.points(), r.session().desired(), dir));
        String vote2 = r.session().cluster().task("vote.2").orElseThrow().shortContainerId();
        assertEquals(List.of(
                "connection 1 at node1-eth0: 192.168.99.101:p1 > 192.168.99.102:8080",
                "connection 1 at node2-eth0: 192.168.99.101:p1 > 192.168.99.102:8080",
                "connection 1 at vote.2-eth0: 10.255.0.3:p1 > 10.255.0.6:8080",
                "connection 1 answered by container ID " + vote2),
                lines.stream().filter(l -> l.startsWith("connection 1 ")).toList(),
                "the node's address before, the task's ingress address and the sandbox's as source after IPVS with SNAT");
    }

    @Test
    void aCaptureMissingAtOnePointChangesTheJoinedLines() throws Exception {
        Recorded r = record("vip", dir);
        List<String> all = Connections.lines(r.points(), Connections.read(r.points(), r.session().desired(), dir));
        Path other = Files.createDirectories(dir.resolve("other"));
        for (CapturePlan.Point p : r.points()) {
            if (!p.name().equals("vote.2-eth0")) {
                Files.copy(dir.resolve(p.name() + ".pcap"), other.resolve(p.name() + ".pcap"));
            }
        }
        List<String> less = Connections.lines(r.points(), Connections.read(r.points(), r.session().desired(), other));
        assertTrue(all.stream().anyMatch(l -> l.contains(" at vote.2-eth0: ")));
        assertTrue(less.stream().noneMatch(l -> l.contains(" at vote.2-eth0: ")), less.toString());
        assertEquals(all.size() - less.size(), all.stream().filter(l -> l.contains(" at vote.2-eth0: ")).count(),
                "only the lost point's lines go: the page is still matched at the client's points");
    }
}
