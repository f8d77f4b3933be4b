package io.swarmsim.engine.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the errors found while loading one file; one instance per load. */
public final class Problems {
    private final List<ScenarioError> errors = new ArrayList<>();

    public void add(Location at, String message) {
        ScenarioError e = new ScenarioError(at, message);
        if (!errors.contains(e)) {
            errors.add(e);
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int count() {
        return errors.size();
    }

    /** Throws the collected errors, in file order, if there are any. */
    public void throwIfAny() throws ScenarioException {
        if (!errors.isEmpty()) {
            List<ScenarioError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparing(ScenarioError::location));
            throw new ScenarioException(sorted);
        }
    }
}
