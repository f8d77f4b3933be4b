package io.swarmsim.engine.loop;

import java.util.Objects;

/**
 * A single-threaded discrete-event loop. Time is a {@code long} of nanoseconds; events run in
 * (time, insertion sequence) order, so two events at the same instant run in the order they were
 * scheduled. The loop is its own clock: time moves only when an event runs, never with the wall
 * clock. No static state: any number of loops can run side by side.
 *
 * <p>An event is either a {@link Runnable} or a {@link LongHandler} with its {@code long}
 * argument; the second form lets a model schedule events without allocating an object per event.
 *
 * <p>The queue ({@link EventQueue}: a 4-ary heap of the near events, the far ones unordered) orders
 * entries by (time, order), where order is {@code sequence << 1 | kind} and kind tells the two
 * event forms apart. Sequences are unique, so comparing orders compares sequences; the kind bit
 * never decides. While an event runs, its entry stays at the queue's head; if the event schedules
 * another, the new one takes that place (one sift through the heap instead of two), otherwise the
 * entry is removed when the event returns or throws. Either way the running event no longer counts
 * as pending.
 */
public final class EventLoop implements Clock {
    /** An event that takes one {@code long} argument, given when it is scheduled. */
    @FunctionalInterface
    public interface LongHandler {
        void run(long arg);
    }

    private static final long KIND_RUNNABLE = 0;
    private static final long KIND_LONG = 1;
    /**
     * Bounds of the number of events ordered at a time in the queue's near heap (see EventQueue):
     * below 4 * MIN_NEAR (131,072) pending events the queue is one heap; MAX_NEAR entries (28 bytes
     * each) fit a 2 MB L2 cache. Measured on the hold model at P = 100,000: two tiers there would
     * be ~10% faster for LongHandler events but ~25% slower for Runnable ones, so one heap.
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

    public EventLoop() {
        this(MIN_NEAR, MAX_NEAR);
    }

    /** A loop whose queue orders {@code minNear} to {@code maxNear} events at a time (tests use small ones). */
    EventLoop(int minNear, int maxNear) {
        this.queue = new EventQueue(minNear, maxNear);
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
        insert(checkTime(time), KIND_RUNNABLE, Objects.requireNonNull(action, "action"), 0L);
    }

    /** Schedules {@code handler.run(arg)} at {@code now() + delayNanos}; a negative delay is refused. */
    public void schedule(long delayNanos, LongHandler handler, long arg) {
        at(now + checkDelay(delayNanos), handler, arg);
    }

    /** Schedules {@code handler.run(arg)} at absolute time {@code time}, which must not be in the past. */
    public void at(long time, LongHandler handler, long arg) {
        insert(checkTime(time), KIND_LONG, Objects.requireNonNull(handler, "handler"), arg);
    }

    /** Runs the earliest event; returns false if there was none. */
    public boolean step() {
        settle();
        if (!queue.prepareHead()) {
            return false;
        }
        long order = queue.headOrder();
        Object target = queue.headTarget();
        now = queue.headTime();
        executed++;
        headTaken = true;
        try {
            if ((order & 1L) == KIND_LONG) {
                ((LongHandler) target).run(queue.headArg());
            } else {
                ((Runnable) target).run();
            }
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

    private void insert(long time, long kind, Object target, long arg) {
        long order = (nextSeq++ << 1) | kind;
        if (headTaken) {
            headTaken = false;
            queue.replaceHeadWithNewest(time, order, target, arg);
        } else {
            queue.addNewest(time, order, target, arg);
        }
    }
}
