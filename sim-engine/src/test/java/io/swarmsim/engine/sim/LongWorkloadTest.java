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
    /** A client and two vote tasks on one overlay (18.09), before the experiments. */
    private static final String CLUSTER = "version: \"3.8\"\nservices:\n  client:\n    image: debian\n    networks: [net]\n  vote:\n"
            + "    image: instavote/vote\n    networks: [net]\n    deploy: {replicas: 2}\nnetworks:\n  net:\n    driver: overlay\nx-sim:\n"
            + "  deployed_with: service-create\n  docker_version: \"18.09\"\n  experiments:\n";
    private Scenario scenario;

    private Experiment experiment(String yaml, String name) throws Exception {
        scenario = ScenarioLoader.parse(yaml, Path.of(name + ".yaml"));
        return scenario.experiment(name).orElseThrow();
    }

    private Simulation simulation(Experiment e, TraceLevel level) {
        return new Simulation(scenario, scenario.servicesFor(e), 1, level, e.timeline().events());
    }

    @Test
    void fourHoursOfRequestsLeaveNothingBehind() throws Exception {
        String yaml = CLUSTER + "    - name: long\n      interval: 10m\n      timeline:\n"
                + "        - {at: 1h, restart: vote.1}\n      workloads:\n"
                + "        - {name: glibc, from: client.1, client: glibc, url: http://vote/, every: 1s, for: 4h}\n"
                + "        - {name: pooled, from: client.1, start: 500ms, client: java-default, url: http://vote/, every: 1s, for: 4h,"
                + " connection: keep-alive}\n";
        Experiment e = experiment(yaml, "long");
        Simulation sim = simulation(e, TraceLevel.NONE);
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

    @Test
    void eachRequestOnAKeptAliveConnectionIsTracedAsItself() throws Exception {
        String yaml = CLUSTER + "    - name: pooled\n      workloads:\n"
                + "        - {name: p, from: client.1, client: java-default, url: http://vote/, every: 1s, for: 3s, connection: keep-alive}\n";
        Experiment e = experiment(yaml, "pooled");
        Simulation sim = simulation(e, TraceLevel.FULL);
        String client = sim.namespaceOf("client.1").orElseThrow().name();
        java.util.Set<Long> requests = new java.util.TreeSet<>();
        sim.subscribe(ev -> {
            if (ev instanceof io.swarmsim.kernel.trace.TraceEvent.FrameSent f && f.at().netns().equals(client)) {
                requests.add(io.swarmsim.engine.net.PacketIds.requestOf(f.traceId()));
            }
        }, TraceLevel.FULL);
        TimelineResult r = TimelineRun.run(sim, e.timeline()).orElseThrow();
        assertEquals(3, r.workloads().get(0).ok(), r.toString());
        assertEquals(3, requests.size(), "the client's frames of the three requests on one connection carry three request numbers: " + requests);
    }
}
