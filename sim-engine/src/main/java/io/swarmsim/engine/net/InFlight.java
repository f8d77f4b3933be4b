package io.swarmsim.engine.net;

import java.util.Arrays;

/**
 * What the fabric has scheduled and not yet handed on: each entry is a pair (where it goes, what
 * it carries) in a numbered slot, and the event that hands it on carries only the slot's number
 * ({@link io.swarmsim.engine.loop.EventLoop.LongHandler}), so scheduling a hop allocates nothing.
 * Slots are reused once taken back (a free list), so the table holds as many slots as entries were
 * ever pending at once.
 */
final class InFlight {
    private Object[] where = new Object[64];
    private Object[] what = new Object[64];
    private int[] nextFree = new int[64];
    private int free = -1;
    private int used;

    /** Stores a pair; returns its slot, which {@link #takeWhat(long)} later frees. */
    int put(Object to, Object carried) {
        int slot;
        if (free >= 0) {
            slot = free;
            free = nextFree[slot];
        } else {
            slot = grow();
        }
        where[slot] = to;
        what[slot] = carried;
        return slot;
    }

    /** Where the entry in {@code slot} goes; read it before {@link #takeWhat(long)}. */
    Object where(long slot) {
        return where[(int) slot];
    }

    /** What the entry in {@code slot} carries; frees the slot. */
    Object takeWhat(long slot) {
        int s = (int) slot;
        Object carried = what[s];
        where[s] = null;
        what[s] = null;
        nextFree[s] = free;
        free = s;
        return carried;
    }

    private int grow() {
        if (used == where.length) {
            int n = 2 * used;
            where = Arrays.copyOf(where, n);
            what = Arrays.copyOf(what, n);
            nextFree = Arrays.copyOf(nextFree, n);
        }
        return used++;
    }
}
