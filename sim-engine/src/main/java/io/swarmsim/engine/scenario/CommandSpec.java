package io.swarmsim.engine.scenario;

/** A command of an experiment: run {@code run} from a task ({@code client.1}) or a node, {@code times} times. */
public record CommandSpec(String from, String run, int times, Location location) {
    public CommandSpec {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
    }
}
