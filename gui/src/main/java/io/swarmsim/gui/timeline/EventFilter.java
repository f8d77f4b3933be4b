package io.swarmsim.gui.timeline;

import io.swarmsim.kernel.trace.TraceEvent;
import java.util.function.Predicate;

/**
 * What the event list shows: one namespace or all ({@code netns} null), one protocol or all, one
 * kind or all, or only the decisions (every kind but the hops: frames, hooks entered, route
 * lookups, FDB). An immutable value; the list swaps in a new predicate when a choice changes.
 */
record EventFilter(String netns, Proto proto, TraceEvent.Kind kind, boolean decisionsOnly) {
    static final EventFilter ALL = new EventFilter(null, null, null, false);

    EventFilter withNetns(String n) {
        return new EventFilter(n, proto, kind, decisionsOnly);
    }

    EventFilter withProto(Proto p) {
        return new EventFilter(netns, p, kind, decisionsOnly);
    }

    EventFilter withKind(TraceEvent.Kind k, boolean decisions) {
        return new EventFilter(netns, proto, k, decisions);
    }

    /** The test for one event; protocols come from {@code protocols} (which knows trace ids seen so far). */
    Predicate<TraceEvent> predicate(EventProtocols protocols) {
        return e -> (netns == null || netns.equals(e.at().netns()))
                && (kind == null || kind == e.kind())
                && (!decisionsOnly || !e.kind().hop())
                && (proto == null || protocols.of(e).contains(proto));
    }
}
