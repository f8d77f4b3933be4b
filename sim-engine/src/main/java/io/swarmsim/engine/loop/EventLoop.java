package io.swarmsim.engine.loop;

import java.util.Objects;

/**
 * A single-threaded discrete-event loop. Time is a {@code long} of nanoseconds; events run in
 * (time, insertion sequence) order, so two events at the same instant run in the order they were
 * scheduled. The loop is its own clock: time moves only when an event runs, never with the wall
 * clock. No static state: any number of loops can run side by side.
 *
 * <p>An event is an {@link EventType} with a {@code long} argument: a type is a handler registered
 * once ({@link #type(LongHandler)}), and every event of it is three longs in the queue (time,
 * order, argument), with no object of its own; the simulator's packet hops are events of this form
 * (the argument names the packet's slot in the fabric). A {@link Runnable} may be scheduled too
 * (the applications' timers): it waits in a slot of the loop's own and its event carries the
 * slot's number.
 *
 * <p>The queue ({@link EventQueue}: a 4-ary heap of the near events, the far ones unordered) orders
 * entries by (time, order), where order is {@code sequence << TYPE_BITS | type}. Sequences are
 * unique, so comparing orders compares sequences; the type bits never decide. While an event runs,
 * its entry stays at the queue's head; if the event schedules another, the new one takes that place
 * (one sift through the heap instead of two), otherwise the entry is removed when the event returns
 * or throws. Either way the running event no longer counts as pending.
 */
public final class EventLoop implements Clock {
    /** What an event of a type does with its {@code long} argument. */
    @FunctionalInterface
    public interface LongHandler {
        void run(long arg);
    }

    /** A kind of event of one loop: a handler registered once, whose events carry a {@code long}. */
    public static final class EventType {
        private final EventLoop loop;
        private final int id;

        private EventType(EventLoop loop, int id) {
            this.loop = loop;
            this.id = id;
        }
    }

    /** Bits of the order that name the event's type: up to 1,024 types per loop, 2^53 events. */
    private static final int TYPE_BITS = 10;
    private static final long TYPE_MASK = (1L << TYPE_BITS) - 1;
    /**
     * Bounds of the number of events ordered at a time in the queue's near heap (see EventQueue):
     * below 4 * MIN_NEAR (131,072) pending events the queue is one heap; MAX_NEAR entries (24 bytes
     * each) fit a 2 MB L2 cache.
     */
    private static final int MIN_NEAR = 1 << 15;
    private static final int MAX_NEAR = 1 << 16;

    private long now;
    private long nextSeq;
    private long executed;
    private boolean stopped;
    /** True while the root's event runs and its entry has not yet been given up. */
    private boolean headTaken;
    private final EventQueue queue;
    private LongHandler[] handlers = new LongHandler[8];
    private int types;
    /** Runnables waiting for their event, one a slot. */
    private final Slots runnables = new Slots();
    private final EventType runnable = type(this::runRunnable);

    public EventLoop() {
        this(MIN_NEAR, MAX_NEAR);
    }

    /** A loop whose queue orders {@code minNear} to {@code maxNear} events at a time (tests use small ones). */
    EventLoop(int minNear, int maxNear) {
        this.queue = new EventQueue(minNear, maxNear);
    }

    /** Registers {@code handler} as a type of event of this loop; register once, schedule many. */
    public EventType type(LongHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (types > TYPE_MASK) {
            throw new IllegalStateException("an event loop takes at most " + (TYPE_MASK + 1) + " event types");
        }
        if (types == handlers.length) {
            handlers = java.util.Arrays.copyOf(handlers, 2 * types);
        }
        handlers[types] = handler;
        return new EventType(this, types++);
    }

    @Override
    public long now() {
        return now;
    }

    /** Number of events run so far. */
    public long executed() {
        return executed;
    }

    /** The time of the earliest pending event, or {@link Long#MAX_VALUE} when none is pending. */
    public long nextTime() {
        settle();
        return queue.prepareHead() ? queue.headTime() : Long.MAX_VALUE;
    }

    public int pending() {
        return headTaken ? queue.size() - 1 : queue.size();
    }

    /** Schedules {@code action} at {@code now() + delayNanos}; a negative delay is refused. */
    public void schedule(long delayNanos, Runnable action) {
        at(now + checkDelay(delayNanos), action);
    }

    /** Schedules {@code action} at absolute time {@code time}, which must not be in the past. */
    public void at(long time, Runnable action) {
        checkTime(time);
        insert(time, runnable.id, runnables.put(Objects.requireNonNull(action, "action"), null));
    }

    /** Schedules an event of {@code type} with {@code arg} at {@code now() + delayNanos}; a negative delay is refused. */
    public void schedule(long delayNanos, EventType type, long arg) {
        at(now + checkDelay(delayNanos), type, arg);
    }

    /** Schedules an event of {@code type} with {@code arg} at absolute time {@code time}, which must not be in the past. */
    public void at(long time, EventType type, long arg) {
        if (type.loop != this) {
            throw new IllegalArgumentException("an event type of another loop");
        }
        insert(checkTime(time), type.id, arg);
    }

    private void runRunnable(long slot) {
        Runnable action = (Runnable) runnables.first(slot);
        runnables.free(slot);
        action.run();
    }

    /** Runs the earliest event; returns false if there was none. */
    public boolean step() {
        settle();
        if (!queue.prepareHead()) {
            return false;
        }
        LongHandler handler = handlers[(int) (queue.headOrder() & TYPE_MASK)];
        long arg = queue.headArg();
        now = queue.headTime();
        executed++;
        headTaken = true;
        try {
            handler.run(arg);
        } finally {
            settle();
        }
        return true;
    }

    /** Gives up the entry of the event that ran, unless an event scheduled meanwhile took its place. */
    private void settle() {
        if (headTaken) {
            headTaken = false;
            queue.removeHead();
        }
    }

    /**
     * Makes the current {@link #run()} or {@link #runUntil(long)} return once the event now running
     * has finished; events still pending stay pending. Called from outside a run, it does nothing.
     */
    public void stop() {
        stopped = true;
    }

    /** Runs events until none is left or an event calls {@link #stop()}. */
    public void run() {
        stopped = false;
        while (!stopped && step()) {
            // keep going
        }
        stopped = false;
    }

    /**
     * Runs every event whose time is at most {@code until}, then sets the clock to {@code until};
     * if an event calls {@link #stop()}, returns right after it and leaves the clock at that event.
     */
    public void runUntil(long until) {
        stopped = false;
        settle();
        while (!stopped && queue.prepareHead() && queue.headTime() <= until) {
            step();
        }
        if (!stopped && until > now) {
            now = until;
        }
        stopped = false;
    }

    private static long checkDelay(long delayNanos) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative delay " + delayNanos);
        }
        return delayNanos;
    }

    private long checkTime(long time) {
        if (time < now) {
            throw new IllegalArgumentException("time " + time + " is before now " + now);
        }
        return time;
    }

    private void insert(long time, int type, long arg) {
        long order = (nextSeq++ << TYPE_BITS) | type;
        if (headTaken) {
            headTaken = false;
            queue.replaceHeadWithNewest(time, order, arg);
        } else {
            queue.addNewest(time, order, arg);
        }
    }
}
