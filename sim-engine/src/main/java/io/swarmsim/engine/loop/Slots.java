package io.swarmsim.engine.loop;

import java.util.Arrays;

/**
 * Objects waiting for their event: each entry is a pair of objects in a numbered slot, and the
 * event that takes them carries only the slot's number (an {@link EventLoop.EventType}'s
 * {@code long}), so scheduling allocates nothing. Slots are reused once freed (a free list), so
 * the table holds as many slots as entries were ever waiting at once.
 */
public final class Slots {
    private Object[] first = new Object[64];
    private Object[] second = new Object[64];
    private int[] nextFree = new int[64];
    private int free = -1;
    private int used;

    /** Stores a pair; returns its slot, which {@link #free(long)} gives back. */
    public int put(Object a, Object b) {
        int slot;
        if (free >= 0) {
            slot = free;
            free = nextFree[slot];
        } else {
            slot = grow();
        }
        first[slot] = a;
        second[slot] = b;
        return slot;
    }

    public Object first(long slot) {
        return first[(int) slot];
    }

    public Object second(long slot) {
        return second[(int) slot];
    }

    /** Empties {@code slot} for reuse. */
    public void free(long slot) {
        int s = (int) slot;
        first[s] = null;
        second[s] = null;
        nextFree[s] = free;
        free = s;
    }

    private int grow() {
        if (used == first.length) {
            int n = 2 * used;
            first = Arrays.copyOf(first, n);
            second = Arrays.copyOf(second, n);
            nextFree = Arrays.copyOf(nextFree, n);
        }
        return used++;
    }
}
