package io.swarmsim.engine.loop;

import java.util.Arrays;
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
 * <p>The queue is a 4-ary heap (half the depth of a binary heap, and a node's four children lie
 * side by side in memory). Its entries are interleaved in one {@code long[]}, three longs per
 * entry: time, order and argument, where order is {@code sequence << 1 | kind} and kind tells the
 * two event forms apart. Sequences are unique, so comparing orders compares sequences; the kind
 * bit never decides. The event objects sit in a parallel array and move with their entries.
 */
public final class EventLoop implements Clock {
    /** An event that takes one {@code long} argument, given when it is scheduled. */
    @FunctionalInterface
    public interface LongHandler {
        void run(long arg);
    }

    private static final int WIDTH = 3;
    private static final long KIND_RUNNABLE = 0;
    private static final long KIND_LONG = 1;
    private static final int INITIAL_CAPACITY = 64;

    private long now;
    private long nextSeq;
    private long executed;
    private int size;
    private boolean stopped;
    /** True while the root's event runs and its entry has not yet been given up. */
    private boolean headTaken;
    private long[] entries = new long[INITIAL_CAPACITY * WIDTH];
    private Object[] targets = new Object[INITIAL_CAPACITY];

    @Override
    public long now() {
        return now;
    }

    /** Number of events run so far. */
    public long executed() {
        return executed;
    }

    public int pending() {
        return headTaken ? size - 1 : size;
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
        if (size == 0) {
            return false;
        }
        long order = entries[1];
        Object target = targets[0];
        now = entries[0];
        executed++;
        headTaken = true;
        try {
            if ((order & 1L) == KIND_LONG) {
                ((LongHandler) target).run(entries[2]);
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
            removeHead();
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
        while (!stopped && size > 0 && entries[0] <= until) {
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

    /**
     * Sifts the new entry up. Its sequence is the largest in the queue, so a parent with an equal
     * time is already before it: only a strictly later parent moves down.
     */
    private void insert(long time, long kind, Object target, long arg) {
        long order = (nextSeq++ << 1) | kind;
        if (headTaken) {
            headTaken = false;
            replaceHead(time, order, target, arg);
            return;
        }
        if (size == targets.length) {
            grow();
        }
        long[] e = entries;
        Object[] t = targets;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            int p = parent * WIDTH;
            if (e[p] <= time) {
                break;
            }
            int c = i * WIDTH;
            e[c] = e[p];
            e[c + 1] = e[p + 1];
            e[c + 2] = e[p + 2];
            t[i] = t[parent];
            i = parent;
        }
        int c = i * WIDTH;
        e[c] = time;
        e[c + 1] = order;
        e[c + 2] = arg;
        t[i] = target;
    }

    /**
     * Puts the newest entry in the place of the root whose event ran, and sifts it down: a child
     * with an equal time is older, so it goes first.
     */
    private void replaceHead(long time, long order, Object target, long arg) {
        long[] e = entries;
        Object[] t = targets;
        int n = size;
        int i = 0;
        while (true) {
            int first = (i << 2) + 1;
            int best;
            if (first + 3 < n) {
                best = earliestOfFour(e, first);
            } else if (first < n) {
                best = earliestOfFew(e, first, n);
            } else {
                break;
            }
            int src = best * WIDTH;
            if (e[src] > time) {
                break;
            }
            int dst = i * WIDTH;
            e[dst] = e[src];
            e[dst + 1] = e[src + 1];
            e[dst + 2] = e[src + 2];
            t[i] = t[best];
            i = best;
        }
        int dst = i * WIDTH;
        e[dst] = time;
        e[dst + 1] = order;
        e[dst + 2] = arg;
        t[i] = target;
    }

    /**
     * Removes the root bottom-up: the hole left by the root sinks along the earliest children to a
     * leaf, then the last entry is placed there and sifted up. The last entry is a leaf, late in
     * the order, so it seldom climbs; the way down needs no comparison with it.
     */
    private void removeHead() {
        int n = --size;
        long[] e = entries;
        Object[] t = targets;
        int last = n * WIDTH;
        long time = e[last];
        long order = e[last + 1];
        long arg = e[last + 2];
        Object target = t[n];
        t[n] = null;
        int i = 0;
        while (true) {
            int first = (i << 2) + 1;
            int best;
            if (first + 3 < n) {
                best = earliestOfFour(e, first);
            } else if (first < n) {
                best = earliestOfFew(e, first, n);
            } else {
                break;
            }
            int dst = i * WIDTH;
            int src = best * WIDTH;
            e[dst] = e[src];
            e[dst + 1] = e[src + 1];
            e[dst + 2] = e[src + 2];
            t[i] = t[best];
            i = best;
        }
        if (n == 0) {
            t[0] = null;
            return;
        }
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            int p = parent * WIDTH;
            long pt = e[p];
            if (pt < time || (pt == time && e[p + 1] < order)) {
                break;
            }
            int c = i * WIDTH;
            e[c] = pt;
            e[c + 1] = e[p + 1];
            e[c + 2] = e[p + 2];
            t[i] = t[parent];
            i = parent;
        }
        int dst = i * WIDTH;
        e[dst] = time;
        e[dst + 1] = order;
        e[dst + 2] = arg;
        t[i] = target;
    }

    /**
     * The earliest of the four entries from index {@code first} on, written without short-circuit
     * operators so that the JIT can select with conditional moves instead of guessing branches.
     */
    private static int earliestOfFour(long[] e, int first) {
        int k = first * WIDTH;
        long t0 = e[k];
        long o0 = e[k + 1];
        long t1 = e[k + WIDTH];
        long o1 = e[k + WIDTH + 1];
        long t2 = e[k + 2 * WIDTH];
        long o2 = e[k + 2 * WIDTH + 1];
        long t3 = e[k + 3 * WIDTH];
        long o3 = e[k + 3 * WIDTH + 1];
        boolean oneFirst = t1 < t0 | (t1 == t0 & o1 < o0);
        long ta = oneFirst ? t1 : t0;
        long oa = oneFirst ? o1 : o0;
        boolean threeFirst = t3 < t2 | (t3 == t2 & o3 < o2);
        long tb = threeFirst ? t3 : t2;
        long ob = threeFirst ? o3 : o2;
        boolean rightPair = tb < ta | (tb == ta & ob < oa);
        int a = oneFirst ? 1 : 0;
        int b = threeFirst ? 3 : 2;
        return first + (rightPair ? b : a);
    }

    /** The earliest of the entries from {@code first} up to, not including, {@code end}. */
    private static int earliestOfFew(long[] e, int first, int end) {
        int best = first;
        long bestTime = e[first * WIDTH];
        long bestOrder = e[first * WIDTH + 1];
        for (int c = first + 1; c < end; c++) {
            int k = c * WIDTH;
            if (e[k] < bestTime || (e[k] == bestTime && e[k + 1] < bestOrder)) {
                best = c;
                bestTime = e[k];
                bestOrder = e[k + 1];
            }
        }
        return best;
    }

    private void grow() {
        int capacity = targets.length * 2;
        entries = Arrays.copyOf(entries, capacity * WIDTH);
        targets = Arrays.copyOf(targets, capacity);
    }
}
