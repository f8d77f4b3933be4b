package io.swarmsim.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.loop.RandomStreams;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pending tasks with swarmkit's errors, and global tasks named after their node's ID. */
class SchedulerTest {
    private static final String STACK = """
            version: "3.8"
            services:
              web:
                image: nginx:1.25
                ports:
                  - {target: 80, published: 8080, mode: host}
                deploy:
                  replicas: 3
              db:
                image: postgres:16
                deploy:
                  placement:
                    constraints: [node.labels.disk == ssd]
              edge:
                image: nginx:1.25
                ports:
                  - {target: 80, published: 9090, mode: host}
                deploy:
                  mode: global
                  placement:
                    constraints: [node.role == worker]
              late:
                image: nginx:1.25
                ports:
                  - {target: 80, published: 9090, mode: host}
                deploy:
                  mode: global
            x-sim:
              docker_version: "18.06"
              nodes:
                - {name: node1, role: manager, address: 192.168.99.101}
                - {name: node2, role: worker, address: 192.168.99.102}
                - {name: node3, role: worker, address: 192.168.99.103}
            """;

    private static Cluster cluster() throws Exception {
        Scenario s = ScenarioLoader.parse(STACK, Path.of("p.yaml"));
        return Allocator.allocate(s, s.services(), new RandomStreams(1));
    }

    @Test
    void aTaskNoNodeCanTakeWaitsWithTheSchedulersExplanation() throws Exception {
        Cluster c = cluster();
        Cluster.ServiceState web = c.service("p_web").orElseThrow();
        assertEquals(List.of("node1", "node2", "node3"), c.tasksOf("p_web").stream().map(t -> t.node().name()).toList(),
                "three nodes, one host-mode 8080 each");
        assertEquals(List.of(), web.pending());
        Cluster.ServiceState db = c.service("p_db").orElseThrow();
        assertEquals(List.of(), c.tasksOf("p_db"));
        assertEquals(1, db.pending().size());
        assertEquals("p_db.1", db.pending().get(0).name());
        assertEquals(Optional.empty(), db.pending().get(0).node());
        assertEquals("no suitable node (scheduling constraints not satisfied on 3 nodes)", db.pending().get(0).error());
    }

    @Test
    void globalTasksAreNamedAfterTheirNodesIdAndWaitWhereTheirPortIsTaken() throws Exception {
        Cluster c = cluster();
        List<Cluster.Task> edge = c.tasksOf("p_edge");
        assertEquals(List.of("node2", "node3"), edge.stream().map(t -> t.node().name()).toList(), "workers only");
        for (Cluster.Task t : edge) {
            assertEquals("p_edge." + t.node().id(), t.name());
            assertEquals(0, t.slot());
            assertEquals(Optional.of(t), c.taskNamed("p_edge." + t.node().name()), "scenarios name it by its node");
        }
        Cluster.ServiceState late = c.service("p_late").orElseThrow();
        assertEquals(List.of("node1"), c.tasksOf("p_late").stream().map(t -> t.node().name()).toList());
        assertEquals(List.of("node2", "node3"), late.pending().stream().map(p -> p.node().orElseThrow().name()).toList());
        assertTrue(late.pending().stream().allMatch(p -> p.error().equals("no suitable node (host-mode port already in use on 1 node)")));
    }

    @Test
    void theExplanationListsTheFiltersThatFailedMostFirst() {
        assertEquals("no suitable node (host-mode port already in use on 2 nodes; scheduling constraints not satisfied on 1 node)",
                Scheduler.explain(1, 2));
        assertEquals("no suitable node (scheduling constraints not satisfied on 1 node; host-mode port already in use on 1 node)",
                Scheduler.explain(1, 1));
        assertEquals("no suitable node", Scheduler.explain(0, 0), "a cluster without nodes to try");
    }

    @Test
    void commandsRunFromAGlobalTaskByItsNodeAndExplainAPendingOne() throws Exception {
        Scenario s = ScenarioLoader.parse(STACK, Path.of("p.yaml"));
        Simulation sim = new Simulation(s, s.services(), 1);
        assertEquals("", sim.run(new CommandSpec("p_edge.node2", "dig +short nosuch", 1, null)).output());
        String pending = sim.run(new CommandSpec("p_db.1", "dig +short web", 1, null)).reason();
        assertEquals("p_db.1 does not run: the task is Pending (no suitable node (scheduling constraints not satisfied on 3 nodes))",
                pending);
    }
}
