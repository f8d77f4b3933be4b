package io.swarmsim.engine.trace;

import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/**
 * Hands every event of one simulation to its listeners, each at its own level. Nothing is kept:
 * events stream to the listeners, so memory does not grow with the length of a run.
 */
public final class EventBus implements TraceSink {
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final boolean[] wanted = new boolean[TraceEvent.Kind.values().length];

    /** One listener's place on the bus; {@link #cancel()} removes it. */
    public final class Subscription {
        private final TraceListener listener;
        private final TraceLevel level;
        private final Set<TraceEvent.Kind> kinds;

        private Subscription(TraceListener listener, TraceLevel level, Set<TraceEvent.Kind> kinds) {
            this.listener = listener;
            this.level = level;
            this.kinds = kinds;
        }

        private boolean hears(TraceEvent.Kind kind) {
            return level.admits(kind) && kinds.contains(kind);
        }

        public TraceLevel level() {
            return level;
        }

        public void cancel() {
            subscriptions.remove(this);
            recompute();
        }
    }

    public Subscription subscribe(TraceListener listener, TraceLevel level) {
        return subscribe(listener, level, EnumSet.allOf(TraceEvent.Kind.class));
    }

    /**
     * A listener that hears only {@code kinds} (at {@code level}): the data plane builds no event
     * of the other kinds for it, so a listener of application decisions costs nothing per packet.
     */
    public Subscription subscribe(TraceListener listener, TraceLevel level, Set<TraceEvent.Kind> kinds) {
        Subscription s = new Subscription(listener, level, EnumSet.copyOf(kinds));
        subscriptions.add(s);
        recompute();
        return s;
    }

    @Override
    public boolean wants(TraceEvent.Kind kind) {
        return wanted[kind.ordinal()];
    }

    @Override
    public void event(TraceEvent e) {
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription s = subscriptions.get(i);
            if (s.hears(e.kind())) {
                s.listener.onEvent(e);
            }
        }
    }

    private void recompute() {
        for (TraceEvent.Kind k : TraceEvent.Kind.values()) {
            wanted[k.ordinal()] = subscriptions.stream().anyMatch(s -> s.hears(k));
        }
    }
}
