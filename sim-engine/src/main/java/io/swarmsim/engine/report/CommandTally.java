package io.swarmsim.engine.report;

import java.util.Map;

/** One command line of an experiment: where it ran, how many times, and which task served each run. */
public record CommandTally(String from, String command, long times, Map<String, Integer> distribution) {
    public CommandTally {
        distribution = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(distribution));
    }
}
