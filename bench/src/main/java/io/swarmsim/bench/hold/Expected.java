package io.swarmsim.bench.hold;

import java.util.List;
import java.util.Optional;

/** The reference values of hold-model.md, section 9 (seed 1). */
final class Expected {
    record Row(int pending, long events, long finalTimeNs, String checksum) {
    }

    static final List<Row> ROWS = List.of(
            new Row(1_000, 1_000_000, 1002176402L, "6a2b5a7ef36a3f75"),
            new Row(100_000, 1_000_000, 10024881L, "b7786e877c5ea850"),
            new Row(1_000, 10_000_000, 9998940133L, "be5c5ee6ab60f34c"),
            new Row(100_000, 10_000_000, 99986110L, "4eb9695d17939bb5"),
            new Row(1_000_000, 10_000_000, 10000041L, "3b9aae1460f3fc94"));

    private Expected() {
    }

    /** The row for these parameters, if the spec gives one. */
    static Optional<Row> lookup(int pending, long events, long seed) {
        if (seed != 1) {
            return Optional.empty();
        }
        return ROWS.stream().filter(r -> r.pending() == pending && r.events() == events).findFirst();
    }

    /** "yes", "NO" or "n/a" (no reference for these parameters). */
    static String verdict(HoldResult r) {
        return lookup(r.pending(), r.events(), r.seed())
                .map(row -> row.finalTimeNs() == r.finalTimeNs() && row.checksum().equals(r.checksumHex()) ? "yes" : "NO")
                .orElse("n/a");
    }
}
