package io.swarmsim.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.report.TimelineResult;
import io.swarmsim.engine.report.WorkloadResult;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.trace.TraceLevel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Hours of simulated time in bounded memory: after four hours of a request a second from two
 * clients, what the run holds does not grow with its length: one pending tick per workload, a
 * handful of sockets, IPVS entries of the last two minutes only, one pair of counters per interval.
 */
class LongWorkloadTest {
    @Test
    void fourHoursOfRequestsLeaveNothingBehind() throws Exception {
        String yaml = "version: \"3.8\"\nservices:\n  client:\n    image: debian\n    networks: [net]\n  vote:\n    image: instavote/vote\n"
                + "    networks: [net]\n    deploy: {replicas: 2}\nnetworks:\n  net:\n    driver: overlay\nx-sim:\n  deployed_with: service-create\n"
                + "  docker_version: \"18.09\"\n  experiments:\n    - name: long\n      interval: 10m\n      timeline:\n"
                + "        - {at: 1h, restart: vote.1}\n      workloads:\n"
                + "        - {name: glibc, from: client.1, client: glibc, url: http://vote/, every: 1s, for: 4h}\n"
                + "        - {name: pooled, from: client.1, start: 500ms, client: java-default, url: http://vote/, every: 1s, for: 4h,"
                + " connection: keep-alive}\n";
        Scenario sc = ScenarioLoader.parse(yaml, Path.of("long.yaml"));
        Experiment e = sc.experiment("long").orElseThrow();
        Simulation sim = new Simulation(sc, sc.servicesFor(e), 1, TraceLevel.NONE, e.timeline().events());
        TimelineResult r = TimelineRun.run(sim, e.timeline()).orElseThrow();
        for (WorkloadResult w : r.workloads()) {
            assertEquals(14_400, w.sent(), w.name());
            assertEquals(24, w.series().size(), "one entry per 10 min interval");
            assertTrue(w.firstFailures().size() <= WorkloadResult.KEPT_FAILURES);
        }
        assertTrue(sim.pendingEvents() < 20, "timers left: " + sim.pendingEvents());
        int sockets = sim.namespaceOf("client.1").orElseThrow().sockets().bindings().size();
        assertTrue(sockets < 10, "the client's sockets are closed after use: " + sockets);
        int ipvs = sim.namespaceNames().stream().mapToInt(n -> sim.namespace(n).orElseThrow().ipvs().live(sim.now()).size()).sum();
        int conntrack = sim.namespaceNames().stream().mapToInt(n -> sim.namespace(n).orElseThrow().conntrack().size()).sum();
        assertTrue(conntrack < 5_000, "conntrack forgets closed connections (TIME_WAIT 120 s) and old DNS flows: " + conntrack);
        assertTrue(ipvs < 400, "IPVS keeps a connection 120 s after its FIN (and the kept-alive one): " + ipvs);
    }
}
