package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A redis answer to curl: printed by curl 7.47 (HTTP/0.9 allowed), refused from curl 7.66 unless
 * --http0.9 (recorded with curl 7.88.1 against a plain TCP server in a namespace: "curl: (1)
 * Received HTTP/0.9 when not allowed", and nothing at all under -s).
 */
class CurlNotHttpTest {
    private static Simulation sim() throws Exception {
        Scenario s = ScenarioLoader.parse("""
                services:
                  cache: {image: "redis:7"}
                  new: {image: "debian:12"}
                  old: {image: "smakam/myubuntu:v4"}
                x-sim:
                  nodes: [{name: node1, role: manager, address: 192.168.99.101}]
                """, Path.of("c.yaml"));
        return new Simulation(s, s.services(), 1);
    }

    private static String out(Simulation sim, String from, String cmd) {
        return sim.run(new CommandSpec(from, cmd, 1, null)).output();
    }

    @Test
    void curlFrom766RefusesAnAnswerThatIsNotHttp() throws Exception {
        Simulation sim = sim();
        String redis = "-ERR wrong number of arguments for 'get' command\r\n";
        assertEquals("curl: (1) Received HTTP/0.9 when not allowed\n", out(sim, "c_new.1", "curl cache:6379"));
        assertEquals("", out(sim, "c_new.1", "curl -s cache:6379"));
        assertEquals(redis, out(sim, "c_new.1", "curl -s --http0.9 cache:6379"));
        assertEquals(redis, out(sim, "c_old.1", "curl cache:6379"), "curl 7.47 takes it for HTTP/0.9");
    }
}
