package io.swarmsim.engine.loop;

import java.util.Arrays;

/**
 * Events later than the near heap's limit, kept unordered: adding one is an append. They are
 * ordered only when their turn comes near, a slice at a time ({@link #moveUpTo}). The times have
 * an array of their own, so that picking a slice reads 8 bytes per event, and a moved event's
 * place is filled by the last one, so that only moved events are written.
 */
final class FarEvents {
    private static final int SAMPLE = 512;

    private long[] times;
    private long[] orders;
    private long[] args;
    private int size;
    private final long[] sample = new long[SAMPLE];

    FarEvents(int capacity) {
        times = new long[capacity];
        orders = new long[capacity];
        args = new long[capacity];
    }

    int size() {
        return size;
    }

    void append(long time, long order, long arg) {
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            orders = Arrays.copyOf(orders, capacity);
            args = Arrays.copyOf(args, capacity);
        }
        times[size] = time;
        orders[size] = order;
        args[size++] = arg;
    }

    /**
     * A time such that about {@code count} of the events are at or before it, estimated from an
     * evenly strided sample (deterministic). Only an estimate: it may even lie before them all.
     */
    long timeOfAbout(int count) {
        int n = Math.min(SAMPLE, size);
        for (int j = 0; j < n; j++) {
            sample[j] = times[(int) ((long) j * size / n)];
        }
        Arrays.sort(sample, 0, n);
        int rank = (int) Math.min(n - 1, (long) count * n / size);
        return sample[rank];
    }

    /** The earliest time of all events; there must be one. */
    long earliestTime() {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, times[i]);
        }
        return min;
    }

    /**
     * Moves every event with a time at or before {@code limit} to {@code near} (appended, not yet
     * in heap order), keeps the others; returns how many moved.
     */
    int moveUpTo(long limit, EventHeap near) {
        long[] t = times;
        int n = size;
        int i = 0;
        while (i < n) {
            if (t[i] > limit) {
                i++;
                continue;
            }
            near.append(t[i], orders[i], args[i]);
            n--;
            t[i] = t[n];
            orders[i] = orders[n];
            args[i] = args[n];
        }
        int moved = size - n;
        size = n;
        return moved;
    }
}
