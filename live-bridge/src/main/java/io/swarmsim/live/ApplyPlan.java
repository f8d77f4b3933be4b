package io.swarmsim.live;

import java.util.List;

/**
 * Everything an apply will do, planned before it starts: the steps, and the lines the report must
 * carry about what was not applied as the model has it (the IPVS substitute, rewritten rules).
 */
public record ApplyPlan(List<Step> steps, List<String> notes) {
    public ApplyPlan {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /** Every command, in order. */
    public List<Cmd> commands() {
        return steps.stream().flatMap(s -> s.commands().stream()).toList();
    }

    /** The phases in order, each once. */
    public List<String> phases() {
        return steps.stream().map(Step::phase).distinct().toList();
    }
}
