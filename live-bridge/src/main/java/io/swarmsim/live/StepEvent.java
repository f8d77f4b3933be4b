package io.swarmsim.live;

/**
 * A live run reached a step: {@code stage} is {@code apply}, {@code compare}, {@code check},
 * {@code servers}, {@code run} or {@code teardown}; {@code index} counts from 1 to {@code total} within the stage.
 */
public record StepEvent(String stage, int index, int total, String phase, String detail) {
    /** {@code apply [3/64] devices: node1}. */
    public String line() {
        return stage + " [" + index + "/" + total + "] " + phase + (detail.isEmpty() ? "" : ": " + detail);
    }
}
