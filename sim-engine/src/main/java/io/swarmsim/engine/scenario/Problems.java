package io.swarmsim.engine.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the errors found while loading one file, each once, in constant time per error; one instance per load. */
public final class Problems {
    private final Set<ScenarioError> errors = new LinkedHashSet<>();

    public void add(Location at, String message) {
        errors.add(new ScenarioError(at, message));
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
