package io.swarmsim.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.Lifecycle;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.ipvs.RealServer;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * How an orderly stop reaches IPVS in each era (reference section 3.3 and its timeline): 1.12
 * deletes the destination when the container stops; 1.13 to 18.04 deactivate first (records and
 * destination removed) and, from 17.06, wait 2 s before stopping the container; from 18.05 the
 * deactivated destination keeps weight 0 (existing connections keep flowing) until it is deleted.
 * A crash never deactivates; a gossip delay holds a node's view back.
 */
class TaskLifecycleEraTest {
    private static final long S = 1_000_000_000L;

    private static Simulation sim(String version, String timeline) throws Exception {
        String yaml = "version: \"3.8\"\nservices:\n  client:\n    image: debian\n    networks: [net]\n    deploy:\n      placement:\n"
                + "        constraints: [node.hostname == node1]\n  vote:\n    image: instavote/vote\n    networks: [net]\n    deploy:\n"
                + "      replicas: 2\n      placement:\n        constraints: [node.hostname == node2]\nnetworks:\n  net:\n    driver: overlay\n"
                + "x-sim:\n  deployed_with: service-create\n  docker_version: \"" + version + "\"\n  nodes:\n"
                + "    - {name: node1, role: manager, address: 192.168.99.101}\n    - {name: node2, role: worker, address: 192.168.99.102}\n"
                + "  experiments:\n    - name: t\n      timeline:\n" + timeline;
        Scenario sc = ScenarioLoader.parse(yaml, Path.of("era.yaml"));
        Experiment e = sc.experiment("t").orElseThrow();
        return new Simulation(sc, sc.servicesFor(e), 1, TraceLevel.NONE, e.timeline().events());
    }

    /** The weights vote.1's address has in every IPVS table of the cluster (empty: no table has it). */
    private static TreeSet<Integer> weights(Simulation sim, String task) {
        IpAddress a = sim.cluster().task(task).orElseThrow().addresses().get("net");
        TreeSet<Integer> out = new TreeSet<>();
        for (String n : sim.namespaceNames()) {
            NetNamespace ns = sim.namespace(n).orElseThrow();
            ns.ipvs().services().forEach(v -> v.destination(a, 0).map(RealServer::weight).ifPresent(out::add));
        }
        return out;
    }

    private static List<Lifecycle.Kind> kinds(Simulation sim) {
        List<Lifecycle.Kind> out = new ArrayList<>();
        sim.lifecycle().steps().forEach(s -> out.add(s.kind()));
        return out;
    }

    private static final String STOP = "        - {at: 10s, stop: vote.1}\n";

    @Test
    void docker112RemovesTheDestinationOutrightWhenTheContainerStops() throws Exception {
        Simulation sim = sim("1.12", STOP);
        assertEquals(List.of(Lifecycle.Kind.STOP), kinds(sim));
        sim.runUntil(10 * S - 1);
        assertEquals(new TreeSet<>(List.of(1)), weights(sim, "vote.1"));
        sim.runUntil(10 * S);
        assertEquals(new TreeSet<>(), weights(sim, "vote.1"), "deleted in every container's IPVS at once");
    }

    @Test
    void docker1706DeactivatesByDeletingThenSleeps2sBeforeTheStop() throws Exception {
        Simulation sim = sim("17.06", STOP);
        assertEquals(List.of(Lifecycle.Kind.DEACTIVATE, Lifecycle.Kind.STOP), kinds(sim));
        assertEquals(List.of(10 * S, 12 * S), sim.lifecycle().steps().stream().map(Lifecycle.Step::at).toList());
        sim.runUntil(11 * S);
        assertEquals(new TreeSet<>(), weights(sim, "vote.1"), "before 18.05 deactivation deletes the destination");
        assertTrue(sim.fabric().present(sim.namespaceOf("vote.1").orElseThrow()), "the container still runs during the 2 s");
    }

    @Test
    void docker1809QuiescesToWeight0AndDeletesWhenTheContainerHasStopped() throws Exception {
        Simulation sim = sim("18.09", STOP);
        sim.runUntil(11 * S);
        assertEquals(new TreeSet<>(List.of(0)), weights(sim, "vote.1"), "weight 0: existing connections keep their real server");
        NetworkDnsRecords net = sim.desired().dnsRecords().get("net");
        assertTrue(net.names().get("tasks.vote").size() == 2, "the desired state is the start's; the run's DNS changed, not it");
        sim.runUntil(12 * S);
        assertEquals(new TreeSet<>(), weights(sim, "vote.1"));
        assertFalse(sim.fabric().present(sim.namespaceOf("vote.1").orElseThrow()), "the container's namespace is gone");
    }

    @Test
    void aCrashSkipsDeactivationAndSwarmStartsAReplacementAfter5s() throws Exception {
        Simulation sim = sim("18.09", "        - {at: 10s, crash: vote.1}\n");
        assertEquals(List.of(Lifecycle.Kind.DIE, Lifecycle.Kind.START), kinds(sim));
        assertEquals(List.of(10 * S, 15 * S), sim.lifecycle().steps().stream().map(Lifecycle.Step::at).toList());
        assertEquals(new TreeSet<>(), weights(sim, "vote.1#2"), "the replacement is built ahead but has no destination yet");
        sim.runUntil(10 * S);
        assertEquals(new TreeSet<>(), weights(sim, "vote.1"), "no weight-0 phase");
        sim.runUntil(15 * S);
        assertEquals(new TreeSet<>(List.of(1)), weights(sim, "vote.1#2"));
        assertTrue(sim.fabric().present(sim.namespaceOf("vote.1#2").orElseThrow()));
    }

    @Test
    void theVipRecordStaysWhileTheLastTaskIsQuiescedAndGoesWithItsDestination() throws Exception {
        Simulation sim = sim("18.09", "        - {at: 10s, scale: vote, replicas: 0}\n");
        String vip = sim.cluster().service("vote").orElseThrow().vips().get("net").toString();
        sim.runUntil(11 * S);
        assertEquals(vip + "\n", sim.run(new io.swarmsim.engine.scenario.CommandSpec("client.1", "dig +short vote", 1, null)).output(),
                "both tasks deactivated, still bound: the VIP record stays");
        assertEquals("", sim.run(new io.swarmsim.engine.scenario.CommandSpec("client.1", "dig +short tasks.vote", 1, null)).output());
        sim.runUntil(13 * S);
        assertEquals("", sim.run(new io.swarmsim.engine.scenario.CommandSpec("client.1", "dig +short vote", 1, null)).output(),
                "the last destination deleted: the name is gone");
    }

    @Test
    void scalingAServiceDockerRefusedChangesNothingAndSaysWhy() throws Exception {
        String yaml = "version: \"3.8\"\nservices:\n  vote:\n    image: instavote/vote\n    ports: [\"8080:80\"]\n"
                + "    deploy: {endpoint_mode: dnsrr}\nx-sim:\n  docker_version: \"1.12\"\n  experiments:\n    - name: t\n      timeline:\n"
                + "        - {at: 5s, scale: vote, replicas: 3}\n";
        Scenario sc = ScenarioLoader.parse(yaml, Path.of("refused.yaml"));
        Experiment e = sc.experiment("t").orElseThrow();
        Simulation sim = new Simulation(sc, sc.servicesFor(e), 1, TraceLevel.NONE, e.timeline().events());
        assertEquals(List.of(Lifecycle.Kind.PENDING), kinds(sim));
        assertTrue(sim.lifecycle().steps().get(0).cause().endsWith("Docker refused the service, so there is nothing to scale"));
        sim.runUntil(6 * S);
        assertTrue(sim.cluster().tasks().isEmpty(), "no task was created: " + sim.cluster().tasks());
    }

    @Test
    void aDelayedNodeKeepsItsOldViewForTheDelay() throws Exception {
        Simulation sim = sim("18.09", "        - {at: 0s, delay: node1, by: 3s}\n" + STOP);
        IpAddress a = sim.cluster().task("vote.1").orElseThrow().addresses().get("net");
        sim.runUntil(11 * S);
        List<Integer> node1 = new ArrayList<>();
        List<Integer> node2 = new ArrayList<>();
        for (String n : sim.namespaceNames()) {
            sim.namespace(n).orElseThrow().ipvs().services().forEach(v -> v.destination(a, 0)
                    .ifPresent(d -> (n.startsWith("node1") ? node1 : node2).add(d.weight())));
        }
        assertEquals(List.of(1), node1, "node1 hears of the stop at 13 s");
        assertEquals(List.of(0), node2);
    }
}
