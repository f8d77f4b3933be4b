package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void integerPartsOfEachUnitAddUp() {
        assertEquals(Optional.of(0L), Durations.parse("0s"));
        assertEquals(Optional.of(500_000_000L), Durations.parse("500ms"));
        assertEquals(Optional.of(5_400_000_000_000L), Durations.parse("1h30m"));
        assertEquals(Optional.of(Durations.MAX), Durations.parse("720h"));
    }

    @Test
    void malformedOrTooLongIsNoDuration() {
        for (String bad : new String[] {"", "0", "1.5s", "10", "s", "5m ", "1d", "721h", "720h1ms"}) {
            assertEquals(Optional.empty(), Durations.parse(bad), bad);
        }
        // nine digits of hours overflow a long if multiplied first (5124096h wrapped to about 25 min)
        assertEquals(Optional.empty(), Durations.parse("5124096h"));
        assertEquals(Optional.empty(), Durations.parse("307445735m"));
        assertEquals(Optional.empty(), Durations.parse("999999999h"));
    }
}
