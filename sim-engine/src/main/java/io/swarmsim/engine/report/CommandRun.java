package io.swarmsim.engine.report;

import java.util.List;

/**
 * One run of one user command: what the tool printed, and what the simulation knows about it.
 *
 * @param resolved  addresses in the order the application used them
 * @param connected the address it ended up talking to, or null
 * @param servedBy  the task that answered, or null
 * @param reason    why, in a learner's words
 */
public record CommandRun(String from, String command, String output, List<String> resolved, String connected,
                         String servedBy, String reason) {
    public CommandRun {
        resolved = List.copyOf(resolved);
    }
}
