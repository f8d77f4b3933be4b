package io.swarmsim.bench.hold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark's own workload reproduces the spec's reference values (section 9), both APIs. */
class HoldModelBenchTest {
    @Test
    void theEventTypeRunAsTheFabricSchedulesMatchesTheSpec() {
        HoldResult r = new HoldModel(1_000, 1_000_000, 1, HoldModel.Api.LONG).measure();
        assertEquals(1002176402L, r.finalTimeNs());
        assertEquals("6a2b5a7ef36a3f75", r.checksumHex());
        assertEquals("yes", Expected.verdict(r));
    }

    @Test
    void theRunnableRunMatchesTheSpec() {
        HoldResult r = new HoldModel(100_000, 1_000_000, 1, HoldModel.Api.RUNNABLE).measure();
        assertEquals("yes", Expected.verdict(r));
    }

    @Test
    void anotherSeedIsNotVerifiedAndAWrongResultIsCaught() {
        HoldResult other = new HoldModel(1_000, 1_000_000, 2, HoldModel.Api.LONG).measure();
        assertEquals("n/a", Expected.verdict(other));
        HoldResult wrong = new HoldResult(1_000, 1_000_000, 1, 0, 1, 1, 1002176402L, 0x6a2b5a7ef36a3f74L);
        assertEquals("NO", Expected.verdict(wrong));
    }
}
