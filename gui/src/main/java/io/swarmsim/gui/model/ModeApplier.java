package io.swarmsim.gui.model;

import io.swarmsim.engine.scenario.Scenario;

/** Applies a run's modes (Docker era, client image) over a loaded scenario. */
public final class ModeApplier {
    private ModeApplier() {
    }

    /** The scenario with the modes applied; {@link RunRequest.Modes#AS_WRITTEN} leaves it as it is. */
    public static Scenario apply(Scenario s, RunRequest.Modes modes) {
        if (modes.era().isEmpty() && modes.clientImage().isEmpty()) {
            return s;
        }
        throw new IllegalArgumentException("modes are not applied yet: " + modes);
    }
}
