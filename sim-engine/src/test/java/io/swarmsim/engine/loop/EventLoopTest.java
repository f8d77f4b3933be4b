package io.swarmsim.engine.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventLoopTest {
    @Test
    void runsInTimeThenInsertionOrder() {
        EventLoop loop = new EventLoop();
        List<String> seen = new ArrayList<>();
        loop.schedule(20, () -> seen.add("b@" + loop.now()));
        loop.schedule(10, () -> seen.add("a@" + loop.now()));
        loop.schedule(20, () -> seen.add("c@" + loop.now()));
        loop.schedule(10, () -> loop.schedule(0, () -> seen.add("d@" + loop.now())));
        loop.run();
        assertEquals(List.of("a@10", "d@10", "b@20", "c@20"), seen);
        assertEquals(20, loop.now());
    }

    @Test
    void timeMovesOnlyWithEvents() {
        EventLoop loop = new EventLoop();
        assertEquals(0, loop.now());
        loop.schedule(5_000, () -> { });
        loop.runUntil(1_000);
        assertEquals(1_000, loop.now());
        assertEquals(1, loop.pending());
        loop.runUntil(10_000);
        assertEquals(10_000, loop.now());
        assertEquals(0, loop.pending());
    }

    @Test
    void stopEndsTheRunAfterTheCurrentEventAndKeepsTheRestPending() {
        EventLoop loop = new EventLoop();
        List<Long> seen = new ArrayList<>();
        for (long t = 1; t <= 5; t++) {
            long at = t;
            loop.at(t, () -> {
                seen.add(at);
                if (at == 3) {
                    loop.stop();
                }
            });
        }
        loop.run();
        assertEquals(List.of(1L, 2L, 3L), seen);
        assertEquals(3, loop.now());
        assertEquals(2, loop.pending());
        loop.runUntil(100);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seen);
        assertEquals(100, loop.now());
    }

    @Test
    void stopInsideRunUntilLeavesTheClockAtTheStoppingEvent() {
        EventLoop loop = new EventLoop();
        loop.at(10, loop::stop);
        loop.at(20, () -> { });
        loop.runUntil(50);
        assertEquals(10, loop.now());
        assertEquals(1, loop.pending());
        loop.stop();
        loop.run();
        assertEquals(20, loop.now());
        assertEquals(0, loop.pending());
    }

    @Test
    void refusesThePast() {
        EventLoop loop = new EventLoop();
        loop.runUntil(100);
        assertThrows(IllegalArgumentException.class, () -> loop.at(50, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> loop.schedule(-1, () -> { }));
    }

    @Test
    void heapOrderHoldsForRandomSchedules() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int round = 0; round < 50; round++) {
            EventLoop loop = new EventLoop();
            List<long[]> order = new ArrayList<>();
            int n = 1 + rnd.nextInt(500);
            for (int i = 0; i < n; i++) {
                long t = rnd.nextInt(100);
                long id = i;
                loop.at(t, () -> order.add(new long[] {loop.now(), id}));
            }
            loop.run();
            assertEquals(n, order.size());
            for (int i = 1; i < order.size(); i++) {
                long[] a = order.get(i - 1);
                long[] b = order.get(i);
                boolean ok = a[0] < b[0] || (a[0] == b[0] && a[1] < b[1]);
                assertEquals(true, ok, "order broken at " + i);
            }
        }
    }

    @Test
    void namedStreamsAreIndependentAndReproducible() {
        RandomStreams a = new RandomStreams(42);
        RandomStreams b = new RandomStreams(42);
        b.stream("other").nextLong();
        assertEquals(a.stream("dns").nextLong(), b.stream("dns").nextLong());
        assertEquals(false, new RandomStreams(43).stream("dns").nextLong() == new RandomStreams(42).stream("dns").nextLong());
    }
}
