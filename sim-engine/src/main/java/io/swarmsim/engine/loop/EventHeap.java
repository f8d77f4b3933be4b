package io.swarmsim.engine.loop;

import java.util.Arrays;

/**
 * A 4-ary min-heap of events ordered by (time, order), where order is unique per event. Half the
 * depth of a binary heap, and a node's four children lie side by side in memory. Entries are
 * interleaved in one {@code long[]}, {@link #WIDTH} longs each (time, order, argument), and that is
 * all: the order carries the event's type, so no object moves with an entry.
 *
 * <p>Times and orders are never negative (the loop refuses times before its clock, which starts at
 * 0, and sequences stay far below 2^62), so the difference of two of them cannot overflow.
 */
final class EventHeap {
    static final int WIDTH = 3;

    private long[] e;
    private int size;

    EventHeap(int capacity) {
        e = new long[capacity * WIDTH];
    }

    int size() {
        return size;
    }

    long headTime() {
        return e[0];
    }

    long headOrder() {
        return e[1];
    }

    long headArg() {
        return e[2];
    }

    /**
     * Adds an entry whose order is larger than every order in the heap, so a parent with an equal
     * time is already before it: only a strictly later parent moves down.
     */
    void addNewest(long time, long order, long arg) {
        if (size * WIDTH == e.length) {
            grow();
        }
        long[] e = this.e;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            int p = parent * WIDTH;
            if (e[p] <= time) {
                break;
            }
            copy(e, parent, i);
            i = parent;
        }
        put(e, i, time, order, arg);
    }

    /**
     * Replaces the head by an entry whose order is larger than every other, and sifts it down: a
     * child with an equal time is older, so it goes first.
     */
    void replaceHeadWithNewest(long time, long order, long arg) {
        long[] e = this.e;
        int n = size;
        int i = 0;
        while (true) {
            int best = earliestChild(e, i, n);
            if (best < 0 || e[best * WIDTH] > time) {
                break;
            }
            copy(e, best, i);
            i = best;
        }
        put(e, i, time, order, arg);
    }

    /**
     * Removes the head bottom-up: its hole sinks along the earliest children to a leaf, then the
     * last entry fills it and sifts up. The last entry is a leaf, late in the order, so it seldom
     * climbs, and the way down needs no comparison with it.
     */
    void removeHead() {
        long[] e = this.e;
        int n = --size;
        int last = n * WIDTH;
        long time = e[last];
        long order = e[last + 1];
        long arg = e[last + 2];
        if (n == 0) {
            return;
        }
        int i = 0;
        for (int best = earliestChild(e, 0, n); best >= 0; best = earliestChild(e, i, n)) {
            copy(e, best, i);
            i = best;
        }
        siftUp(e, i, time, order, arg);
    }

    /** Appends an entry without ordering it; {@link #heapify()} must follow before any other use. */
    void append(long time, long order, long arg) {
        if (size * WIDTH == e.length) {
            grow();
        }
        put(e, size++, time, order, arg);
    }

    /** Restores heap order after appends (Floyd: sift down every parent, last first). */
    void heapify() {
        long[] e = this.e;
        for (int i = (size - 2) >> 2; i >= 0; i--) {
            int k = i * WIDTH;
            long time = e[k];
            long order = e[k + 1];
            long arg = e[k + 2];
            int hole = i;
            while (true) {
                int best = earliestChild(e, hole, size);
                if (best < 0 || before(time, order, e[best * WIDTH], e[best * WIDTH + 1])) {
                    break;
                }
                copy(e, best, hole);
                hole = best;
            }
            put(e, hole, time, order, arg);
        }
    }

    /** Moves every entry to {@code far} and leaves this heap empty. */
    void drainTo(FarEvents far) {
        for (int i = 0; i < size; i++) {
            int k = i * WIDTH;
            far.append(e[k], e[k + 1], e[k + 2]);
        }
        size = 0;
    }

    private void siftUp(long[] e, int i, long time, long order, long arg) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            int p = parent * WIDTH;
            if (before(e[p], e[p + 1], time, order)) {
                break;
            }
            copy(e, parent, i);
            i = parent;
        }
        put(e, i, time, order, arg);
    }

    /** The earliest child of node {@code i} among the first {@code n} entries, or -1 if none. */
    private static int earliestChild(long[] e, int i, int n) {
        int first = (i << 2) + 1;
        if (first + 3 < n) {
            return earliestOfFour(e, first);
        }
        if (first >= n) {
            return -1;
        }
        int best = first;
        for (int c = first + 1; c < n; c++) {
            if (before(e[c * WIDTH], e[c * WIDTH + 1], e[best * WIDTH], e[best * WIDTH + 1])) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The earliest of the four entries from index {@code first} on, chosen with masks instead of
     * branches: which child is earliest is a coin toss, and mispredicted branches cost more than
     * the arithmetic (measured: about 85 to 57 ns per hold-model event at P = 1,000).
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
        // times and orders are never negative, so differences cannot overflow: sign bits decide
        long m1 = lessMask(t1, o1, t0, o0);
        long ta = t0 ^ ((t0 ^ t1) & m1);
        long oa = o0 ^ ((o0 ^ o1) & m1);
        long m3 = lessMask(t3, o3, t2, o2);
        long tb = t2 ^ ((t2 ^ t3) & m3);
        long ob = o2 ^ ((o2 ^ o3) & m3);
        long mr = lessMask(tb, ob, ta, oa);
        int a = (int) (m1 & 1);
        int b = 2 + (int) (m3 & 1);
        int pick = a ^ ((a ^ b) & (int) mr);
        return first + pick;
    }

    /** All ones if (t1, o1) is before (t2, o2), else zero; all four must be non-negative. */
    private static long lessMask(long t1, long o1, long t2, long o2) {
        long dt = t1 - t2;
        long eq = ((dt | -dt) >> 63) ^ -1L; // all ones iff dt == 0
        return (dt >> 63) | (eq & ((o1 - o2) >> 63));
    }

    private static boolean before(long t1, long o1, long t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }

    private static void copy(long[] e, int from, int to) {
        int src = from * WIDTH;
        int dst = to * WIDTH;
        e[dst] = e[src];
        e[dst + 1] = e[src + 1];
        e[dst + 2] = e[src + 2];
    }

    private static void put(long[] e, int i, long time, long order, long arg) {
        int k = i * WIDTH;
        e[k] = time;
        e[k + 1] = order;
        e[k + 2] = arg;
    }

    private void grow() {
        e = Arrays.copyOf(e, e.length * 2);
    }
}
