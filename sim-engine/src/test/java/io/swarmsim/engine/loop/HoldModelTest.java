package io.swarmsim.engine.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hold-model workload of /work/shared/bench/hold-model.md on this loop, at the spec's small
 * sizes (E = 1,000,000), checked against the spec's section 9: the final time and checksum only
 * come out right if the random stream, the ids, the stop rule and the (time, sequence) order with
 * its many ties are all exact. Correctness only: speed is the benchmark's business (bench/).
 */
class HoldModelTest {
    /** Section 3: SplitMix64 (SplittableRandom) turned into exponential delays, mean 1 ms, >= 1 ns. */
    private static long delay(SplittableRandom rnd) {
        double u = 1.0 - rnd.nextDouble();
        return Math.max(1L, (long) (-1.0e6 * Math.log(u)));
    }

    /** Sections 4 to 7 on one loop; returns {final time, checksum}. */
    private static long[] holdModel(int pending, long events, boolean longHandler) {
        return holdModel(new EventLoop(), pending, events, longHandler);
    }

    private static long[] holdModel(EventLoop loop, int pending, long events, boolean longHandler) {
        SplittableRandom rnd = new SplittableRandom(1);
        long[] state = {0, 0xCBF29CE484222325L, 0, -1}; // executed, checksum, nextId, final time
        EventLoop.LongHandler[] handler = new EventLoop.LongHandler[1];
        EventLoop.EventType type = loop.type(id -> handler[0].run(id));
        Runnable[] scheduleNext = new Runnable[1];
        scheduleNext[0] = () -> {
            long id = state[2]++;
            long d = delay(rnd);
            if (longHandler) {
                loop.schedule(d, type, id);
            } else {
                loop.schedule(d, () -> handler[0].run(id));
            }
        };
        handler[0] = id -> {
            state[0]++;
            state[1] = (state[1] ^ id) * 0x100000001B3L;
            scheduleNext[0].run();
            if (state[0] == events) {
                state[3] = loop.now();
                loop.stop();
            }
        };
        for (int i = 0; i < pending; i++) {
            scheduleNext[0].run();
        }
        loop.run();
        assertEquals(events, state[0]);
        assertEquals(events, loop.executed());
        assertEquals(pending, loop.pending());
        return new long[] {state[3], state[1]};
    }

    @Test
    void theFirstDelaysAreTheSpecs() {
        SplittableRandom rnd = new SplittableRandom(1);
        List<Long> first = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            first.add(delay(rnd));
        }
        assertEquals(List.of(836005L, 1369562L, 3540554L, 587633L, 587463L), first);
    }

    @Test
    void thousandPendingMillionEvents() {
        long[] r = holdModel(1_000, 1_000_000, true);
        assertEquals(1002176402L, r[0]);
        assertEquals("6a2b5a7ef36a3f75", String.format("%016x", r[1]));
    }

    @Test
    void hundredThousandPendingMillionEvents() {
        long[] r = holdModel(100_000, 1_000_000, true);
        assertEquals(10024881L, r[0]);
        assertEquals("b7786e877c5ea850", String.format("%016x", r[1]));
    }

    @Test
    void theRunnableFormGivesTheSameRun() {
        long[] r = holdModel(100_000, 1_000_000, false);
        assertEquals(10024881L, r[0]);
        assertEquals("b7786e877c5ea850", String.format("%016x", r[1]));
    }

    /** A small near tier: the queue refills its heap from the unordered far events ~100 times. */
    @Test
    void theSameWithTheQueueInTwoTiers() {
        long[] r = holdModel(new EventLoop(1_000, 10_000), 100_000, 1_000_000, true);
        assertEquals(10024881L, r[0]);
        assertEquals("b7786e877c5ea850", String.format("%016x", r[1]));
    }

    /** Past 131,072 pending events the default loop works in two tiers: same run as one big heap. */
    @Test
    void theDefaultTiersAgreeWithOneHeap() {
        long[] tiered = holdModel(new EventLoop(), 300_000, 400_000, true);
        long[] oneHeap = holdModel(new EventLoop(1 << 20, 1 << 20), 300_000, 400_000, true);
        assertEquals(oneHeap[0], tiered[0]);
        assertEquals(oneHeap[1], tiered[1]);
    }
}
