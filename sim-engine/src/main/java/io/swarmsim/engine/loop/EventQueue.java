package io.swarmsim.engine.loop;

/**
 * The pending events in (time, order) order, in two tiers so that the ordered part stays small
 * enough for the processor's caches: a near {@link EventHeap} holding exactly the events at or
 * before {@code limit}, and {@link FarEvents}, unordered, holding those after it. Which tier an
 * event goes to depends on its time alone, so events with equal times are always in the same tier
 * and the heap orders them by their order (sequence).
 *
 * <p>When the heap runs empty it is refilled with the earliest far events, about a sixteenth
 * ({@link #REFILL_SHARE}) of them but between {@code minNear} and {@code maxNear}: each refill reads
 * the far events' times once, so the share bounds that to about sixteen 8-byte reads per event,
 * and {@code maxNear} keeps the heap within a core's cache. If the heap grows well beyond its refill, everything is put back and
 * refilled ("spill"). With fewer than {@code 4 * minNear} events pending, all stay in the heap.
 */
final class EventQueue {
    /** A refill takes about 1/REFILL_SHARE of the far events (tuned on the hold model, 8 to 32). */
    static final int REFILL_SHARE = 16;

    private final int minNear;
    private final int maxNear;
    private final EventHeap near = new EventHeap(64);
    private final FarEvents far = new FarEvents(64);
    private long limit = Long.MAX_VALUE;
    private int spillAt;

    EventQueue(int minNear, int maxNear) {
        if (minNear < 1 || maxNear < minNear) {
            throw new IllegalArgumentException("need 1 <= minNear <= maxNear");
        }
        this.minNear = minNear;
        this.maxNear = maxNear;
        this.spillAt = 4 * minNear;
    }

    int size() {
        return near.size() + far.size();
    }

    /** Makes the heap's head the earliest pending event; false if there is none. */
    boolean prepareHead() {
        if (near.size() == 0) {
            if (far.size() == 0) {
                return false;
            }
            refill();
        }
        return true;
    }

    long headTime() {
        return near.headTime();
    }

    long headOrder() {
        return near.headOrder();
    }

    long headArg() {
        return near.headArg();
    }

    /** Removes the head; {@link #prepareHead()} must have returned true. */
    void removeHead() {
        near.removeHead();
    }

    /** Adds an event whose order is larger than every pending event's. */
    void addNewest(long time, long order, long arg) {
        if (time > limit) {
            far.append(time, order, arg);
            return;
        }
        near.addNewest(time, order, arg);
        if (near.size() > spillAt) {
            near.drainTo(far);
            refill();
        }
    }

    /** Removes the head and adds an event whose order is larger than every pending event's. */
    void replaceHeadWithNewest(long time, long order, long arg) {
        if (time > limit) {
            near.removeHead();
            far.append(time, order, arg);
        } else {
            near.replaceHeadWithNewest(time, order, arg);
        }
    }

    /** Moves the earliest far events (at least one) into the empty heap. */
    private void refill() {
        int target = Math.max(minNear, Math.min(maxNear, far.size() / REFILL_SHARE));
        limit = far.size() <= target ? Long.MAX_VALUE : far.timeOfAbout(target);
        if (far.moveUpTo(limit, near) == 0) {
            limit = far.earliestTime();
            far.moveUpTo(limit, near);
        }
        near.heapify();
        spillAt = Math.max(4 * target, 2 * near.size());
    }
}
