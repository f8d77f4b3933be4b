package io.swarmsim.gui.walkthrough;

import io.swarmsim.engine.scenario.Location;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One step of a walkthrough, checked against its scenario: what the teacher wrote (title, text,
 * highlight names, a tool view) with the experiment it belongs to (inherited from the step before
 * when not written) and the command run it points at, resolved to its position in that experiment.
 *
 * @param run     the 1-based position of the step's command run in the experiment (its N-th run,
 *                counting each command's {@code times}); empty when the step shows the cluster before any command
 * @param command what that run ran, as a shell prompt would show it ({@code client.1 # curl vote}); empty without run
 * @param highlight names as written (tasks, services, nodes, sandboxes), resolved by {@link Places} once the cluster is built
 * @param location where the step starts in the walkthrough file
 */
public record Step(String title, String text, String experiment, OptionalInt run, Optional<String> command, List<String> highlight,
                   Optional<Show> show, Location location) {
    public Step {
        highlight = List.copyOf(highlight);
    }

    /**
     * A real tool's view to print, as {@code sim exec <scenario> <where> -- <command>} prints it, with
     * the counters of every command run up to and including the step's run (all of them without run).
     */
    public record Show(String where, String command) {
        @Override
        public String toString() {
            return where + " # " + command;
        }
    }
}
