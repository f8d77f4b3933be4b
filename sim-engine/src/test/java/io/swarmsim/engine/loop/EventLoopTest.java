package io.swarmsim.engine.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
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

    /** The running event is no longer pending, whether or not it schedules, throws or steps. */
    @Test
    void theRunningEventIsGoneFromTheQueue() {
        EventLoop loop = new EventLoop();
        List<String> seen = new ArrayList<>();
        loop.at(1, () -> seen.add("pending in 1: " + loop.pending()));
        loop.at(2, () -> {
            loop.schedule(5, () -> seen.add("7"));
            seen.add("pending in 2: " + loop.pending());
        });
        loop.at(3, () -> {
            throw new IllegalStateException("boom");
        });
        loop.at(4, () -> {
            seen.add("4 steps");
            loop.step();
            seen.add("back in 4 at " + loop.now() + ", pending " + loop.pending());
        });
        loop.at(5, () -> seen.add("5"));
        loop.step();
        loop.step();
        assertThrows(IllegalStateException.class, loop::step);
        assertEquals(3, loop.pending());
        loop.run();
        assertEquals(List.of("pending in 1: 4", "pending in 2: 4", "4 steps", "5", "back in 4 at 5, pending 1", "7"), seen);
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

    /**
     * The queue against a simple reference, java.util.PriorityQueue of (time, sequence): random
     * schedules with many ties, events scheduled from inside events (both event forms), runs
     * interrupted by runUntil, and queues that grow and shrink past the heap's resizing points.
     * Small near targets make the queue move events between its two tiers all the time.
     */
    @Test
    void ordersLikeAPriorityQueueOfTimeAndSequence() {
        SplittableRandom rnd = new SplittableRandom(11);
        int[][] nearBounds = {{1, 1}, {1, 8}, {2, 64}, {5, 5}, {16, 100}, {1 << 12, 1 << 17}};
        for (int round = 0; round < 600; round++) {
            int[] bounds = nearBounds[round % nearBounds.length];
            EventLoop loop = new EventLoop(bounds[0], bounds[1]);
            PriorityQueue<long[]> reference = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            List<Long> ran = new ArrayList<>();
            List<Long> expected = new ArrayList<>();
            long[] nextId = {0};
            int spread = 1 + rnd.nextInt(round % 3 == 0 ? 3 : 1000);
            EventLoop.LongHandler[] handler = new EventLoop.LongHandler[1];
            EventLoop.EventType type = loop.type(id -> handler[0].run(id));
            handler[0] = id -> {
                ran.add(id);
                assertEquals(id, reference.peek()[1], "loop and reference disagree on the next event");
                long[] head = reference.poll();
                assertEquals(head[0], loop.now());
                expected.add(head[1]);
                int children = rnd.nextInt(3);
                for (int c = 0; c < children && nextId[0] < 5_000; c++) {
                    scheduleOne(loop, reference, type, handler[0], rnd, nextId, spread);
                }
            };
            int initial = rnd.nextInt(round % 10 == 0 ? 3_000 : 200);
            for (int i = 0; i < initial; i++) {
                scheduleOne(loop, reference, type, handler[0], rnd, nextId, spread);
            }
            while (loop.pending() > 0) {
                loop.runUntil(loop.now() + rnd.nextInt(2 * spread + 1));
                assertEquals(reference.size(), loop.pending());
            }
            assertEquals(expected, ran);
            assertEquals(nextId[0], ran.size());
        }
    }

    /** Schedules the next id at now + a small random delay, half as an event of {@code type}, half as a Runnable. */
    private static void scheduleOne(EventLoop loop, PriorityQueue<long[]> reference, EventLoop.EventType type, EventLoop.LongHandler handler,
            SplittableRandom rnd, long[] nextId, int spread) {
        long id = nextId[0]++;
        long time = loop.now() + rnd.nextInt(spread);
        reference.add(new long[] {time, id});
        if (rnd.nextBoolean()) {
            loop.at(time, type, id);
        } else {
            loop.at(time, () -> handler.run(id));
        }
    }

    /** Times from 0 to Long.MAX_VALUE: the heap's comparisons must not overflow. */
    @Test
    void extremeTimesKeepTheirOrder() {
        long max = Long.MAX_VALUE;
        long[] times = {max, 0, max - 1, 1, max, 0, max / 2, max - 1, max, 1L << 62, 0, max / 2 + 1};
        EventLoop loop = new EventLoop(1, 2);
        PriorityQueue<long[]> reference = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<Long> ran = new ArrayList<>();
        EventLoop.EventType add = loop.type(ran::add);
        for (int i = 0; i < times.length; i++) {
            loop.at(times[i], add, i);
            reference.add(new long[] {times[i], i});
        }
        List<Long> expected = new ArrayList<>();
        while (!reference.isEmpty()) {
            expected.add(reference.poll()[1]);
        }
        loop.run();
        assertEquals(expected, ran);
        assertEquals(max, loop.now());
        assertThrows(IllegalArgumentException.class, () -> loop.schedule(1, () -> { }));
    }

    @Test
    void typedEventsGetTheirArgumentAndRefuseThePast() {
        EventLoop loop = new EventLoop();
        List<String> seen = new ArrayList<>();
        EventLoop.EventType h = loop.type(arg -> seen.add(arg + "@" + loop.now()));
        loop.schedule(5, h, -7L);
        loop.at(5, () -> seen.add("r@" + loop.now()));
        loop.schedule(5, h, Long.MAX_VALUE);
        loop.schedule(1, h, 0L);
        loop.run();
        assertEquals(List.of("0@1", "-7@5", "r@5", Long.MAX_VALUE + "@5"), seen);
        assertThrows(IllegalArgumentException.class, () -> loop.at(4, h, 1L));
        assertThrows(IllegalArgumentException.class, () -> loop.schedule(-1, h, 1L));
        assertThrows(NullPointerException.class, () -> loop.schedule(1, (EventLoop.EventType) null, 1L));
        assertThrows(NullPointerException.class, () -> loop.type(null));
        assertEquals(0, loop.pending());
    }

    /** Each type runs its own handler; a type is its loop's, and a loop has room for 1,024 types (one is its Runnables'). */
    @Test
    void eachTypeRunsItsHandlerInItsOwnLoopOnly() {
        EventLoop loop = new EventLoop();
        List<String> seen = new ArrayList<>();
        EventLoop.EventType a = loop.type(arg -> seen.add("a" + arg));
        EventLoop.EventType b = loop.type(arg -> seen.add("b" + arg));
        loop.schedule(2, a, 1L);
        loop.schedule(1, b, 2L);
        loop.schedule(2, b, 3L);
        loop.run();
        assertEquals(List.of("b2", "a1", "b3"), seen);
        EventLoop other = new EventLoop();
        assertThrows(IllegalArgumentException.class, () -> other.schedule(1, a, 1L));
        for (int i = 3; i < 1024; i++) {
            loop.type(arg -> { });
        }
        assertThrows(IllegalStateException.class, () -> loop.type(arg -> { }));
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
