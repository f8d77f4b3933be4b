package io.swarmsim.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.scenario.Service;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {
    @Test
    void generatedScenariosAreValidAndHaveTheAskedSize() throws Exception {
        for (int[] size : new int[][] {{1, 1, 0}, {3, 10, 2}, {7, 25, 4}, {40, 31, 9}}) {
            for (String era : new String[] {"1.12", "18.06"}) {
                ScenarioGenerator.Spec spec = new ScenarioGenerator.Spec(size[0], size[1], size[2], era, 3);
                Scenario s = ScenarioLoader.parse(ScenarioGenerator.generate(spec), Path.of("generated.yaml"));
                assertEquals(size[0], s.sim().nodes().size());
                assertEquals(size[1] + 1, s.services().size());
                assertEquals(size[1] * size[2] + 1, s.services().stream().mapToInt(Service::replicas).sum());
                assertEquals((size[1] + 9) / 10, s.networks().size());
                assertEquals(era, s.sim().dockerVersion());
                assertEquals(3, s.experiment("vip").orElseThrow().commands().get(0).times());
                assertTrue(s.sim().nodes().stream().limit(Math.min(3, size[0])).allMatch(n -> n.role().text().equals("manager")));
            }
        }
    }

    @Test
    void sizesThatCannotFitAreRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScenarioGenerator.Spec(3000, 10, 200, "1.12", 1));
        assertTrue(e.getMessage().contains("a /20 network cannot hold"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScenarioGenerator.Spec(0, 1, 1, "1.12", 1));
        assertThrows(IllegalArgumentException.class, () -> new ScenarioGenerator.Spec(1, 1, 1, "17.06", 1));
    }
}
