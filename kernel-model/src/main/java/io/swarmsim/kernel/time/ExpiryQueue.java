package io.swarmsim.kernel.time;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Timers of a table whose entries expire (conntrack, the IPVS connection table): earliest first.
 * An entry whose timeout was pushed back keeps its old timer; when that fires the owner sees the
 * entry is still alive and arms it again, so re-arming costs nothing on the packet path.
 */
public final class ExpiryQueue<T> {
    private record Timer<T>(long at, T item) {
    }

    private final PriorityQueue<Timer<T>> timers = new PriorityQueue<>(Comparator.comparingLong(Timer::at));

    public void add(long at, T item) {
        timers.add(new Timer<>(at, item));
    }

    /** Hands every item whose timer is at or before {@code now} to {@code due}, earliest first. */
    public void drain(long now, Consumer<T> due) {
        while (!timers.isEmpty() && timers.peek().at() <= now) {
            due.accept(timers.poll().item());
        }
    }
}
