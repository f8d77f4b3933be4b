package io.swarmsim.engine.report;

import java.util.List;

/** A whole {@code sim run}: the scenario, its seed, the keys not simulated, every experiment. */
public record RunResult(String scenario, long seed, String dockerVersion, List<String> notSimulated,
                        List<ExperimentResult> experiments) {
    public RunResult {
        notSimulated = List.copyOf(notSimulated);
        experiments = List.copyOf(experiments);
    }
}
