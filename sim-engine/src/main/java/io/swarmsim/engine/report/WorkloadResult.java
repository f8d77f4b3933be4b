package io.swarmsim.engine.report;

import java.util.List;

/**
 * What one workload saw: requests sent, answered and failed in all and per interval of the run
 * (by the time each was sent), each error with its count and first and last time, which tasks
 * served it and from when to when, and its first failures with their reasons.
 *
 * @param client the client kind's word ({@code java-default}, {@code nginx}, ...)
 */
public record WorkloadResult(String name, String from, String client, boolean keepAlive, long every, long start, long duration,
                             long sent, long ok, long failed, List<Interval> series, List<ErrorCount> errors,
                             List<TaskServed> servedBy, List<Failure> firstFailures) {
    /** How many failures a result keeps with their reasons (the rest are counted per error). */
    public static final int KEPT_FAILURES = 5;

    public WorkloadResult {
        series = List.copyOf(series);
        errors = List.copyOf(errors);
        servedBy = List.copyOf(servedBy);
        firstFailures = List.copyOf(firstFailures);
    }

    /** Requests sent in {@code [start, start + interval)}: how many were answered, how many failed. */
    public record Interval(long start, long ok, long failed) {
    }

    /** One error: how often, first and last time a request that met it was sent, and the first one's reason. */
    public record ErrorCount(String error, long count, long firstAt, long lastAt, String firstReason) {
    }

    /** A task that answered: how often, the first and last time a request it answered was sent. */
    public record TaskServed(String task, long count, long firstAt, long lastAt) {
    }

    /** A failed request: when it was sent, its error and why. */
    public record Failure(long at, String error, String reason) {
    }
}
