package io.swarmsim.live.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The tally of one backend's run: cases tried, loaded by both, refused by both (never counted as
 * agreement), probes sent, packets the generated rules matched, and every disagreement with what
 * shrinking made of it.
 */
final class BackendRun {
    /** A case on which the kernel and the model disagreed, with the differences as first seen. */
    record Failure(DiffCase original, List<Difference> differences) {
    }

    private final Backend backend;
    private final long start = System.nanoTime();
    private double seconds = -1;
    private final List<Failure> failures = new ArrayList<>();
    /** Disagreements that did not come back when the case ran twice more: the kernel's timing. */
    private final List<Failure> unconfirmed = new ArrayList<>();
    private final StringBuilder explained = new StringBuilder();
    private final Coverage coverage = new Coverage();
    private int tried;
    private int accepted;
    private int refusedByBoth;
    private int probes;
    private long matched;

    BackendRun(Backend backend) {
        this.backend = backend;
    }

    int tried() {
        return tried;
    }

    int accepted() {
        return accepted;
    }

    List<Failure> failures() {
        return List.copyOf(failures);
    }

    List<Failure> unconfirmed() {
        return List.copyOf(unconfirmed);
    }

    /**
     * Moves a failure that agreed when run again to the unconfirmed ones: on a loaded machine the
     * kernel sometimes retransmits (a SYN after its 1 s timer, a datagram's ICMP error late), which
     * no rule set explains. They are reported, and fail the run only when there are many.
     */
    void unconfirm(Failure f) {
        failures.remove(f);
        unconfirmed.add(f);
    }

    /** Whether the run agrees: no confirmed disagreement and unconfirmed ones in at most 1 case in 20. */
    boolean agrees() {
        return failures.isEmpty() && unconfirmed.size() * 20 <= Math.max(accepted, 1);
    }

    /** One backend's tally from its shards' (each ran on a lab pair of its own, at the same time). */
    static BackendRun merge(Backend backend, List<BackendRun> shards) {
        BackendRun all = new BackendRun(backend);
        all.seconds = 0;
        for (BackendRun r : shards) {
            all.tried += r.tried;
            all.accepted += r.accepted;
            all.refusedByBoth += r.refusedByBoth;
            all.probes += r.probes;
            all.matched += r.matched;
            all.failures.addAll(r.failures);
            all.unconfirmed.addAll(r.unconfirmed);
            all.coverage.add(r.coverage);
            all.explained.append(r.explained);
            all.seconds = Math.max(all.seconds, r.elapsed());
        }
        all.failures.sort(Comparator.comparingLong(f -> f.original().seed()));
        return all;
    }

    private double elapsed() {
        return seconds >= 0 ? seconds : (System.nanoTime() - start) / 1e9;
    }

    void record(DiffCase c, Observation real, Observation model) {
        tried++;
        if (!real.loaded() && !model.loaded()) {
            refusedByBoth++;
            return;
        }
        accepted++;
        if (real.loaded()) {
            coverage.record(c, real);
        }
        probes += c.probes().size();
        matched += real.matchedPackets();
        List<Difference> d = real.differences(model, c.probes());
        if (!d.isEmpty()) {
            failures.add(new Failure(c, d));
        }
    }

    void explain(Failure f, IptablesDifferentialTest.Shrunk s) {
        explained.append("---- ").append(backend.label()).append(": seed ").append(f.original().seed());
        if (s == null) {
            explained.append(" did not disagree when run again (flaky, not shrunk); first differences:\n");
            f.differences().forEach(x -> explained.append("  ").append(x).append('\n'));
            return;
        }
        explained.append(String.format(Locale.ROOT, ", shrunk from %d to %d rules in %d runs; minimal case:%n",
                f.original().ruleCount(), s.minimal().ruleCount(), s.tries()));
        explained.append(s.minimal().describe());
        explained.append("differences:\n");
        s.differences().forEach(x -> explained.append("  ").append(x).append('\n'));
    }

    String report() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "iptables differential test, %s backend: %d rule sets loaded by both (%d tried, %d refused by both), "
                        + "%d probes, %d packets matched generated rules, %d disagreements (and %d not seen again), %.1f s%n",
                backend.label(), accepted, tried, refusedByBoth, probes, matched, failures.size(), unconfirmed.size(), elapsed()));
        sb.append(coverage.report());
        for (Failure f : unconfirmed) {
            sb.append("  seed ").append(f.original().seed()).append(" (not seen again in two more runs): ")
                    .append(f.differences().get(0)).append('\n');
        }
        for (Failure f : failures) {
            sb.append("  seed ").append(f.original().seed()).append(": ").append(f.differences().get(0))
                    .append(f.differences().size() > 1 ? " (+" + (f.differences().size() - 1) + " more)" : "").append('\n');
        }
        return sb.append(explained).toString();
    }
}
