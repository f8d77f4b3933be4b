package io.swarmsim.engine.loop;

import java.util.Arrays;

/**
 * Events later than the near heap's limit, kept unordered: adding one is an append. They are
 * ordered only when their turn comes near, a slice at a time ({@link #moveUpTo}). Same entry
 * layout as {@link EventHeap}.
 */
final class FarEvents {
    private static final int WIDTH = EventHeap.WIDTH;
    private static final int SAMPLE = 512;

    private long[] e;
    private Object[] t;
    private int size;
    private final long[] sample = new long[SAMPLE];

    FarEvents(int capacity) {
        e = new long[capacity * WIDTH];
        t = new Object[capacity];
    }

    int size() {
        return size;
    }

    void append(long time, long order, Object target, long arg) {
        if (size == t.length) {
            int capacity = t.length * 2;
            e = Arrays.copyOf(e, capacity * WIDTH);
            t = Arrays.copyOf(t, capacity);
        }
        int k = size * WIDTH;
        e[k] = time;
        e[k + 1] = order;
        e[k + 2] = arg;
        t[size++] = target;
    }

    /**
     * A time such that about {@code count} of the events are at or before it, estimated from an
     * evenly strided sample (deterministic). Only an estimate: it may even lie before them all.
     */
    long timeOfAbout(int count) {
        int n = Math.min(SAMPLE, size);
        for (int j = 0; j < n; j++) {
            sample[j] = e[(int) ((long) j * size / n) * WIDTH];
        }
        Arrays.sort(sample, 0, n);
        int rank = (int) Math.min(n - 1, (long) count * n / size);
        return sample[rank];
    }

    /** The earliest time of all events; there must be one. */
    long earliestTime() {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, e[i * WIDTH]);
        }
        return min;
    }

    /**
     * Moves every event with a time at or before {@code limit} to {@code near} (appended, not yet
     * in heap order), keeps the others; returns how many moved.
     */
    int moveUpTo(long limit, EventHeap near) {
        long[] e = this.e;
        Object[] t = this.t;
        int kept = 0;
        for (int r = 0; r < size; r++) {
            int k = r * WIDTH;
            long time = e[k];
            if (time <= limit) {
                near.append(time, e[k + 1], t[r], e[k + 2]);
            } else {
                if (kept != r) {
                    int w = kept * WIDTH;
                    e[w] = time;
                    e[w + 1] = e[k + 1];
                    e[w + 2] = e[k + 2];
                    t[kept] = t[r];
                }
                kept++;
            }
        }
        int moved = size - kept;
        Arrays.fill(t, kept, size, null);
        size = kept;
        return moved;
    }
}
