package io.swarmsim.gui.model;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.session.NamespaceSnapshot;
import io.swarmsim.engine.session.RunRecord;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;

/** What the simulation thread hands to the FX thread, through the driver's bounded queue. Immutable. */
public sealed interface Update {
    /** A scenario and experiment were loaded and their cluster built; events follow. */
    record Loaded(RunRequest request, List<String> experiments, String experiment, String description, Cluster cluster,
                  DesiredState desired, List<CommandSpec> plan) implements Update {
    }

    /** The next events, in order. */
    record Events(List<TraceEvent> events) implements Update {
    }

    /** A command run finished (its record in the session's index). */
    record RunFinished(RunRecord run) implements Update {
    }

    /** Every command of the experiment has run. */
    record Done(RunRequest request) implements Update {
    }

    /** The scenario could not be loaded or run: the message to show (file:line:column for a bad file). */
    record Failed(RunRequest request, String message) implements Update {
    }

    /** A namespace as it was at {@code time} (asked for by the namespace view). */
    record Snapshot(long time, NamespaceSnapshot snapshot) implements Update {
    }
}
