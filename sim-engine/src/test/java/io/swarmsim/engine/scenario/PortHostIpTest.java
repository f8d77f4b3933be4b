package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "127.0.0.1:8080:80": docker stack deploy ignores the host IP with a warning; so does the simulator, and says so. */
class PortHostIpTest {
    @Test
    void theHostIpIsDroppedAndListedAsNotSimulated() throws Exception {
        Scenario s = ScenarioLoader.parse("version: \"3.8\"\nservices:\n  web:\n    image: nginx\n    ports: [\"127.0.0.1:8080:80\"]\n",
                Path.of("ip.yaml"), Map.of());
        PortConfig p = s.services().get(0).ports().get(0);
        assertEquals(8080, p.published());
        assertEquals(80, p.target());
        assertTrue(s.notSimulated().stream().anyMatch(n -> n.path().contains("host IP 127.0.0.1") && n.location().line() == 5),
                s.notSimulated().toString());
    }
}
