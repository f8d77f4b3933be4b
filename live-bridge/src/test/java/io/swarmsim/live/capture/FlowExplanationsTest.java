package io.swarmsim.live.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.live.LineDiff;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowExplanationsTest {
    private static FlowComparison.PointFlows flows(List<String> model, List<String> real) {
        return new FlowComparison.PointFlows("p", model, real, LineDiff.diff(model, real), "", "", Optional.empty());
    }

    @Test
    void reorderedPacketsAreConcurrency() {
        var p = flows(List.of("dns query a. A", "dns query a. AAAA", "dns answer a. A"), List.of("dns query a. A", "dns answer a. A", "dns query a. AAAA"));
        assertTrue(FlowExplanations.explain(p, List.of()).orElseThrow().startsWith("the same packets in another order"));
    }

    @Test
    void repeatsOfTheModelsPacketsAreRetransmissionsButNewPacketsAreNot() {
        var resent = flows(List.of("dns query a. A", "dns answer a. A"), List.of("dns query a. A", "dns query a. A", "dns answer a. A"));
        assertTrue(FlowExplanations.explain(resent, List.of()).orElseThrow().startsWith("the kernel sent some packets again"));
        var other = flows(List.of("dns query a. A"), List.of("dns query a. A", "dns query b. A"));
        assertEquals(Optional.empty(), FlowExplanations.explain(other, List.of()));
    }

    @Test
    void aModelOnlySynToAnotherTaskIsAFloodButToThisTaskItIsNot() {
        var flood = flows(List.of("tcp SYN 10.0.0.3:* > 10.0.0.6:80", "x"), List.of("x"));
        assertTrue(FlowExplanations.explain(flood, List.of("10.0.0.5")).orElseThrow().startsWith("SYN to another task"));
        assertEquals(Optional.empty(), FlowExplanations.explain(flood, List.of("10.0.0.6")), "a SYN to this task missing is a finding");
        var kernelOnly = flows(List.of("x"), List.of("tcp SYN 10.0.0.3:* > 10.0.0.6:80", "x"));
        assertEquals(Optional.empty(), FlowExplanations.explain(kernelOnly, List.of("10.0.0.5")));
        assertEquals(Optional.empty(), FlowExplanations.explain(flows(List.of("x"), List.of("x")), List.of()), "agreeing needs none");
    }
}
