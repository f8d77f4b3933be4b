package io.swarmsim.kernel.time;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Timers of a table whose entries expire (conntrack, the IPVS connection table): earliest first.
 * An entry whose timeout was pushed back keeps its old timer; when that fires the owner sees the
 * entry is still alive and arms it again, so re-arming costs nothing on the packet path.
 *
 * <p>A binary min-heap of the times in a {@code long[]}, the items in a parallel array: no timer
 * object per arming, and {@link #drain} looks at one {@code long} when nothing is due, which is
 * nearly every packet.
 */
public final class ExpiryQueue<T> {
    private long[] at = new long[16];
    private Object[] items = new Object[16];
    private int size;

    public void add(long time, T item) {
        if (size == at.length) {
            at = Arrays.copyOf(at, 2 * size);
            items = Arrays.copyOf(items, 2 * size);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (at[parent] <= time) {
                break;
            }
            set(i, at[parent], items[parent]);
            i = parent;
        }
        set(i, time, item);
    }

    /** Hands every item whose timer is at or before {@code now} to {@code due}, earliest first. */
    public void drain(long now, Consumer<T> due) {
        while (size > 0 && at[0] <= now) {
            @SuppressWarnings("unchecked")
            T item = (T) items[0];
            removeHead();
            due.accept(item);
        }
    }

    private void removeHead() {
        int n = --size;
        long time = at[n];
        Object item = items[n];
        items[n] = null;
        if (n == 0) {
            return;
        }
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && at[child + 1] < at[child]) {
                child++;
            }
            if (at[child] >= time) {
                break;
            }
            set(i, at[child], items[child]);
            i = child;
        }
        set(i, time, item);
    }

    private void set(int i, long time, Object item) {
        at[i] = time;
        items[i] = item;
    }
}
