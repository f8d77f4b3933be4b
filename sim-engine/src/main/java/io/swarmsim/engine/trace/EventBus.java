package io.swarmsim.engine.trace;

import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.ArrayList;
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

        private Subscription(TraceListener listener, TraceLevel level) {
            this.listener = listener;
            this.level = level;
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
        Subscription s = new Subscription(listener, level);
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
            if (s.level.admits(e.kind())) {
                s.listener.onEvent(e);
            }
        }
    }

    private void recompute() {
        for (TraceEvent.Kind k : TraceEvent.Kind.values()) {
            wanted[k.ordinal()] = subscriptions.stream().anyMatch(s -> s.level.admits(k));
        }
    }
}
