package io.swarmsim.engine.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SlotsTest {
    @Test
    void aSlotGivesBackWhatWasPutUntilFreed() {
        Slots s = new Slots();
        Object a = new Object();
        Object b = new Object();
        int slot = s.put(a, b);
        assertSame(a, s.first(slot));
        assertSame(b, s.second(slot));
        s.free(slot);
        assertNull(s.first(slot), "a freed slot holds nothing, so the garbage collector may take its objects");
        assertNull(s.second(slot));
    }

    @Test
    void waitingEntriesKeepTheirSlotsAndFreedSlotsAreReused() {
        Slots s = new Slots();
        int a = s.put("a", 1);
        int b = s.put("b", 2);
        assertNotEquals(a, b);
        s.free(a);
        int c = s.put("c", 3);
        assertEquals(a, c, "the freed slot is taken first");
        assertEquals("b", s.first(b));
        assertEquals(2, s.second(b));
        assertEquals("c", s.first(c));
    }

    /** Any order of puts and frees, across growth: every entry stays as put, and no more slots are used than entries ever waited at once. */
    @Test
    void randomPutsAndFreesNeverMixUpEntries() {
        SplittableRandom rnd = new SplittableRandom(7);
        Slots s = new Slots();
        Deque<int[]> waiting = new ArrayDeque<>();
        int maxWaiting = 0;
        int maxSlot = -1;
        for (int i = 0; i < 20_000; i++) {
            if (waiting.isEmpty() || rnd.nextInt(3) > 0) {
                int slot = s.put("to" + i, i);
                waiting.add(new int[] {slot, i});
                maxSlot = Math.max(maxSlot, slot);
                maxWaiting = Math.max(maxWaiting, waiting.size());
            } else {
                int[] e = rnd.nextBoolean() ? waiting.pollFirst() : waiting.pollLast();
                assertEquals("to" + e[1], s.first(e[0]));
                assertEquals(e[1], s.second(e[0]));
                s.free(e[0]);
            }
        }
        assertEquals(maxWaiting - 1, maxSlot);
    }
}
