package io.swarmsim.engine.scenario;

/** One thing wrong with a scenario file, where it is, and what was expected there; prints as one line. */
public record ScenarioError(Location location, String message) {
    @Override
    public String toString() {
        return location + ": " + Text.oneLine(message);
    }
}
