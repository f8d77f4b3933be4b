package io.swarmsim.gui.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to run: a scenario file, one of its experiments (its first when empty), a seed, and the
 * modes a teacher toggles (the Docker era, the client's image, which sets its resolver).
 */
public record RunRequest(Path scenario, Optional<String> experiment, long seed, Modes modes) {
    /** Toggles applied over the scenario as written; empty means "as the scenario says". */
    public record Modes(Optional<String> era, Optional<String> clientImage) {
        public static final Modes AS_WRITTEN = new Modes(Optional.empty(), Optional.empty());
    }

    public static RunRequest of(Path scenario) {
        return new RunRequest(scenario, Optional.empty(), 1, Modes.AS_WRITTEN);
    }

    public RunRequest withExperiment(String name) {
        return new RunRequest(scenario, Optional.of(name), seed, modes);
    }

    public RunRequest withModes(Modes m) {
        return new RunRequest(scenario, experiment, seed, m);
    }
}
