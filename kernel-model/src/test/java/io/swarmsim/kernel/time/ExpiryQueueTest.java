package io.swarmsim.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpiryQueueTest {
    private record Armed(long at, int id) {
    }

    /** Any interleaving of arming and draining hands out exactly the due timers, earliest first. */
    @Test
    void drainsExactlyTheDueTimersInTimeOrder() {
        for (int seed = 0; seed < 300; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            ExpiryQueue<Armed> q = new ExpiryQueue<>();
            List<Armed> pending = new ArrayList<>();
            long[] timeouts = new long[1 + r.nextInt(12)]; // a table arms a few fixed timeouts, and now and then another
            for (int i = 0; i < timeouts.length; i++) {
                timeouts[i] = r.nextLong(1, 1_000);
            }
            long now = 0;
            int id = 0;
            for (int step = 0; step < 400; step++) {
                if (r.nextInt(4) > 0) {
                    long at = r.nextInt(10) == 0 ? now + r.nextLong(0, 2_000) : now + timeouts[r.nextInt(timeouts.length)];
                    Armed a = new Armed(at, id++);
                    q.add(at, a);
                    pending.add(a);
                } else {
                    now += r.nextLong(0, 300);
                    List<Armed> got = new ArrayList<>();
                    q.drain(now, got::add);
                    final long t = now;
                    List<Armed> due = pending.stream().filter(a -> a.at() <= t).sorted(Comparator.comparingLong(Armed::at)).toList();
                    pending.removeAll(due);
                    assertEquals(due.stream().map(Armed::at).toList(), got.stream().map(Armed::at).toList(), "seed " + seed);
                    assertEquals(due.stream().map(Armed::id).sorted().toList(), got.stream().map(Armed::id).sorted().toList(), "seed " + seed);
                }
            }
        }
    }

    /** An owner that re-arms from inside drain sees the new timer fire later, not twice now. */
    @Test
    void reArmingDuringDrainWaitsForItsTime() {
        ExpiryQueue<String> q = new ExpiryQueue<>();
        q.add(10, "a");
        List<String> fired = new ArrayList<>();
        q.drain(10, item -> {
            fired.add(item + "@10");
            q.add(25, item);
        });
        q.drain(20, item -> fired.add(item + "@20"));
        q.drain(Long.MAX_VALUE, item -> fired.add(item + "@end"));
        assertEquals(List.of("a@10", "a@end"), fired);
    }
}
