package io.swarmsim.engine.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file was refused; carries every located error found, in file order. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioError> errors;

    /** Most errors the message lists; the rest are counted on one more line, at the first of them. */
    static final int MAX_LISTED = 100;

    public ScenarioException(List<ScenarioError> errors) {
        super(message(errors), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ScenarioException(ScenarioError error) {
        this(List.of(error));
    }

    private static String message(List<ScenarioError> errors) {
        String listed = errors.stream().limit(MAX_LISTED).map(ScenarioError::toString).collect(Collectors.joining("\n"));
        if (errors.size() <= MAX_LISTED) {
            return listed;
        }
        int more = errors.size() - MAX_LISTED;
        return listed + "\n" + errors.get(MAX_LISTED).location() + ": and " + more + " more error" + (more == 1 ? "" : "s")
            + " from here on; expected them fixed too (the first " + MAX_LISTED + " are listed)";
    }

    public List<ScenarioError> errors() {
        return errors;
    }
}
