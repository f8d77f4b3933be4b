package io.swarmsim.engine.loop;

import java.util.Arrays;

/**
 * A single-threaded discrete-event loop. Time is a {@code long} of nanoseconds; events run in
 * (time, insertion sequence) order, so two events at the same instant run in the order they were
 * scheduled. The loop is its own clock: time moves only when an event runs, never with the wall
 * clock. No static state: any number of loops can run side by side.
 *
 * <p>The queue is a binary heap over parallel primitive arrays (times, sequence numbers) plus an
 * array of actions, which keeps scheduling free of per-event wrapper objects.
 */
public final class EventLoop implements Clock {
    private long now;
    private long nextSeq;
    private long executed;
    private int size;
    private boolean stopped;
    private long[] times = new long[64];
    private long[] seqs = new long[64];
    private Runnable[] actions = new Runnable[64];

    @Override
    public long now() {
        return now;
    }

    /** Number of events run so far. */
    public long executed() {
        return executed;
    }

    public int pending() {
        return size;
    }

    /** Schedules {@code action} at {@code now() + delayNanos}; a negative delay is refused. */
    public void schedule(long delayNanos, Runnable action) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative delay " + delayNanos);
        }
        at(now + delayNanos, action);
    }

    /** Schedules {@code action} at absolute time {@code time}, which must not be in the past. */
    public void at(long time, Runnable action) {
        if (time < now) {
            throw new IllegalArgumentException("time " + time + " is before now " + now);
        }
        if (size == times.length) {
            int n = size * 2;
            times = Arrays.copyOf(times, n);
            seqs = Arrays.copyOf(seqs, n);
            actions = Arrays.copyOf(actions, n);
        }
        int i = size++;
        long seq = nextSeq++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, seq, times[parent], seqs[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        times[i] = time;
        seqs[i] = seq;
        actions[i] = action;
    }

    /** Runs the earliest event; returns false if there was none. */
    public boolean step() {
        if (size == 0) {
            return false;
        }
        long time = times[0];
        Runnable action = actions[0];
        removeHead();
        now = time;
        executed++;
        action.run();
        return true;
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
        while (!stopped && size > 0 && times[0] <= until) {
            step();
        }
        if (!stopped && until > now) {
            now = until;
        }
        stopped = false;
    }

    private void removeHead() {
        int last = --size;
        long t = times[last];
        long s = seqs[last];
        Runnable a = actions[last];
        actions[last] = null;
        if (last == 0) {
            return;
        }
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= last) {
                break;
            }
            int right = child + 1;
            if (right < last && before(times[right], seqs[right], times[child], seqs[child])) {
                child = right;
            }
            if (!before(times[child], seqs[child], t, s)) {
                break;
            }
            move(child, i);
            i = child;
        }
        times[i] = t;
        seqs[i] = s;
        actions[i] = a;
    }

    private void move(int from, int to) {
        times[to] = times[from];
        seqs[to] = seqs[from];
        actions[to] = actions[from];
    }

    private static boolean before(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }
}
