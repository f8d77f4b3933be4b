package io.swarmsim.bench.hold;

import io.swarmsim.engine.loop.EventLoop;
import io.swarmsim.engine.loop.Slots;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One hold-model simulation (hold-model.md, sections 4 to 8): P pending events on one
 * {@link EventLoop}; each executed event folds its id into the checksum and schedules one more,
 * until E have run. {@link Api} picks which of the loop's scheduling calls carries the id.
 */
public final class HoldModel {
    /** How an event carries its id. */
    public enum Api {
        /**
         * As the fabric schedules every packet hop of the simulator: one event type registered once
         * ({@code loop.type(handler)}), each event's value waiting in a {@link Slots} entry whose
         * number is the event's {@code long} ({@code schedule(delay, type, slots.put(a, b))}), taken
         * and freed by the handler. The value is the event's id, boxed, where the fabric's is the
         * frame the data path made for that hop.
         */
        LONG,
        /**
         * {@code schedule(delay, Runnable)} with a lambda capturing the id (one object per event):
         * in the simulator only the applications' timers, a few per request.
         */
        RUNNABLE
    }

    static final long FNV_OFFSET = 0xCBF29CE484222325L;
    static final long FNV_PRIME = 0x100000001B3L;

    private final EventLoop loop = new EventLoop();
    /** Registered as the fabric registers each of its packet-hop handlers: {@code loop.type(this::arrival)}. */
    private final EventLoop.EventType type = loop.type(this::onSlot);
    /** Where each event's value waits, as the fabric's frames wait in its {@code inFlight} slots. */
    private final Slots waiting = new Slots();
    private final int pending;
    private final long events;
    private final long seed;
    private final Api api;
    private final DelayStream delays;
    private long executed;
    private long nextId;
    private long checksum = FNV_OFFSET;
    private long finalTimeNs = -1;

    public HoldModel(int pending, long events, long seed, Api api) {
        if (pending < 1 || events < 1) {
            throw new IllegalArgumentException("P and E must be positive");
        }
        this.pending = pending;
        this.events = events;
        this.seed = seed;
        this.api = api;
        this.delays = new DelayStream(seed);
    }

    /** Setup (timed apart), then the loop's run call (the timed interval). Call once. */
    public HoldResult measure() {
        long t0 = System.nanoTime();
        for (int i = 0; i < pending; i++) {
            scheduleNext();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c1 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        loop.run();
        long t2 = System.nanoTime();
        long c2 = threads.getCurrentThreadCpuTime();
        if (executed != events) {
            throw new IllegalStateException("ran " + executed + " events, wanted " + events);
        }
        return new HoldResult(pending, events, seed, t1 - t0, t2 - t1, c2 - c1, finalTimeNs, checksum);
    }

    /** The event type's handler: the event's value out of its slot, the slot freed, as the fabric's handlers do. */
    private void onSlot(long slot) {
        long id = (Long) waiting.second(slot);
        waiting.free(slot);
        onEvent(id);
    }

    /** The handler of event {@code id} (section 7). */
    private void onEvent(long id) {
        executed++;
        checksum = (checksum ^ id) * FNV_PRIME;
        scheduleNext();
        if (executed == events) {
            finalTimeNs = loop.now();
            loop.stop();
        }
    }

    private void scheduleNext() {
        long id = nextId++;
        long delay = delays.next();
        if (api == Api.LONG) {
            loop.schedule(delay, type, waiting.put(this, id));
        } else {
            loop.schedule(delay, () -> onEvent(id));
        }
    }
}
