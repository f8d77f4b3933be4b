package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** replicated-job and global-job, as Docker 20.10+ runs them: tasks like replicated and global services, run once. */
class JobModesTest {
    @Test
    void jobsLoadWithTheirTaskCounts() throws Exception {
        Scenario s = ScenarioLoader.parse("""
                version: "3.8"
                services:
                  migrate:
                    image: example/migrate
                    deploy: {mode: replicated-job, replicas: 2}
                  warm:
                    image: example/warm
                    deploy: {mode: global-job}
                x-sim:
                  docker_version: "20.10"
                  nodes:
                    - {name: m1, role: manager, address: 192.168.99.101}
                    - {name: w1, role: worker, address: 192.168.99.102}
                    - {name: w2, role: worker, address: 192.168.99.103}
                """, Path.of("jobs.yaml"), Map.of());
        assertEquals(Mode.REPLICATED_JOB, s.services().get(0).mode());
        assertEquals(2, s.services().get(0).replicas());
        assertEquals(Mode.GLOBAL_JOB, s.services().get(1).mode());
        assertEquals(3, s.services().get(1).replicas(), "one task per node");
        assertEquals("replicated job", Mode.REPLICATED_JOB.listed());
    }

    @Test
    void dockerVersionsFromTwentyTenOnHaveJobs() {
        assertEquals(false, JobModes.atLeast2010("19.03"));
        assertEquals(false, JobModes.atLeast2010("1.13"));
        assertEquals(true, JobModes.atLeast2010("20.10"));
        assertEquals(true, JobModes.atLeast2010("24.0.7"));
    }
}
