package io.swarmsim.gui.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.gui.model.RunRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chart's numbers: requests per task under the modes now and under each other mode. */
class ModeComparisonTest {
    private static final Path VOTE = Path.of("../scenarios/vote.yaml");

    @Test
    void clientImagesSideBySideForDnsrr() throws Exception {
        Scenario s = ScenarioLoader.load(VOTE);
        List<ModeComparison.Series> series = ModeComparison.compute(s, "dnsrr", 1, RunRequest.Modes.AS_WRITTEN,
                ModeComparison.Dimension.CLIENT_IMAGE, ModeComparison.Counted.CURL);
        assertEquals(List.of("now: smakam/myubuntu:v4, Docker 1.12", "ubuntu", "debian", "alpine", "golang", "openjdk"),
                series.stream().map(ModeComparison.Series::name).toList(), "the image shown now is not repeated");
        assertEquals(Map.of("vote.1", 4, "vote.2", 0), series.get(0).perTask(), "rule 9: every curl to vote.1 (10.0.0.3)");
        Map<String, Integer> alpine = series.get(3).perTask();
        assertTrue(alpine.get("vote.1") > 0 && alpine.get("vote.2") > 0, "musl spreads them: " + alpine);
        Map<String, Integer> ping = ModeComparison.compute(s, "dnsrr", 1, RunRequest.Modes.AS_WRITTEN,
                ModeComparison.Dimension.CLIENT_IMAGE, ModeComparison.Counted.PING).get(0).perTask();
        assertTrue(ping.get("vote.1") > 0 && ping.get("vote.2") > 0, "the seed's old ping keeps DNS order: " + ping);
    }

    @Test
    void erasSideBySideForVip() throws Exception {
        Scenario s = ScenarioLoader.load(VOTE);
        RunRequest.Modes alpine = new RunRequest.Modes(Optional.empty(), Optional.of("alpine"));
        List<ModeComparison.Series> series = ModeComparison.compute(s, "vip", 1, alpine, ModeComparison.Dimension.ERA,
                ModeComparison.Counted.ALL);
        assertEquals(List.of("now: alpine, Docker 1.12", "Docker 1.13", "Docker 18.06"),
                series.stream().map(ModeComparison.Series::name).toList());
        for (ModeComparison.Series x : series) {
            assertEquals(Map.of("vote.1", 2, "vote.2", 2), x.perTask(), "IPVS round robin in every era: " + x.name());
            assertEquals(Optional.of("alpine"), x.modes().clientImage(), "the other toggle stays as it is");
        }
    }
}
