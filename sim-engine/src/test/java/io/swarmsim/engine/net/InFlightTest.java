package io.swarmsim.engine.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InFlightTest {
    @Test
    void aSlotGivesBackWhatWasPut() {
        InFlight f = new InFlight();
        Object to = new Object();
        Object carried = new Object();
        int slot = f.put(to, carried);
        assertSame(to, f.where(slot));
        assertSame(carried, f.takeWhat(slot));
    }

    @Test
    void pendingEntriesKeepTheirSlotsAndFreedSlotsAreReused() {
        InFlight f = new InFlight();
        int a = f.put("a", 1);
        int b = f.put("b", 2);
        assertNotEquals(a, b);
        assertEquals(1, f.takeWhat(a));
        int c = f.put("c", 3);
        assertEquals(a, c, "the freed slot is taken first");
        assertEquals("b", f.where(b));
        assertEquals(2, f.takeWhat(b));
        assertEquals("c", f.where(c));
    }

    /** Any order of puts and takes, across growth: every entry comes back unchanged, and the table never holds more slots than were pending at once. */
    @Test
    void randomPutsAndTakesNeverMixUpEntries() {
        SplittableRandom rnd = new SplittableRandom(7);
        InFlight f = new InFlight();
        Deque<int[]> open = new ArrayDeque<>();
        int maxPending = 0;
        int maxSlot = -1;
        for (int i = 0; i < 20_000; i++) {
            if (open.isEmpty() || rnd.nextInt(3) > 0) {
                int slot = f.put("to" + i, i);
                open.add(new int[] {slot, i});
                maxSlot = Math.max(maxSlot, slot);
                maxPending = Math.max(maxPending, open.size());
            } else {
                int[] e = rnd.nextBoolean() ? open.pollFirst() : open.pollLast();
                assertEquals("to" + e[1], f.where(e[0]));
                assertEquals(e[1], f.takeWhat(e[0]));
            }
        }
        assertEquals(maxPending - 1, maxSlot);
    }
}
