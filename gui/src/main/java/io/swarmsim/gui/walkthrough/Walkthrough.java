package io.swarmsim.gui.walkthrough;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A scenario's guided walkthrough: a title and the steps in order, read from
 * {@code <scenario>.walkthrough.yaml} and checked against the scenario it sits next to.
 *
 * @param firstExperiment the experiment a run opens when none is named (the scenario's first), so a
 *                        step can tell whether the window already shows its experiment
 * @param descriptions    each experiment's description from the scenario, for the step's caption
 */
public record Walkthrough(Path file, String title, List<Step> steps, String firstExperiment, Map<String, String> descriptions) {
    public Walkthrough {
        steps = List.copyOf(steps);
        descriptions = Map.copyOf(descriptions);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a walkthrough needs at least one step");
        }
    }

    /** The first step of {@code experiment}, or the first step when none belongs to it. */
    public int firstStepOf(String experiment) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).experiment().equals(experiment)) {
                return i;
            }
        }
        return 0;
    }
}
