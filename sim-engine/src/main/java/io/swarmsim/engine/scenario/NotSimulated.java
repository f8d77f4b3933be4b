package io.swarmsim.engine.scenario;

/** A compose key that was accepted but has no effect in the simulation. */
public record NotSimulated(String path, Location location) {
    @Override
    public String toString() {
        return path + " (" + location + ")";
    }
}
