package io.swarmsim.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.report.ExperimentResult;
import io.swarmsim.engine.report.TimelineResult;
import io.swarmsim.engine.report.WorkloadResult;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The experiments of scenarios/failures.yaml, with the exact numbers of the seeded run (seed 1): how
 * many requests each client sent, got answered and lost, with which error, when, and which tasks
 * served it from when. Each is a lesson of the README; a change to the model that moves a number
 * has to say why here.
 */
class FailuresScenarioTest {
    private static Scenario scenario;

    @BeforeAll
    static void load() throws Exception {
        scenario = ScenarioLoader.load(Path.of("../scenarios/failures.yaml"));
    }

    private static Map<String, WorkloadResult> run(String experiment) {
        ExperimentResult r = ExperimentRunner.run(scenario, scenario.experiment(experiment).orElseThrow(), 1).result();
        Map<String, WorkloadResult> out = new HashMap<>();
        r.timeline().orElseThrow().workloads().forEach(w -> out.put(w.name(), w));
        return out;
    }

    /** sent, answered, failed. */
    private static void counts(WorkloadResult w, long sent, long ok, long failed) {
        assertEquals(List.of(sent, ok, failed), List.of(w.sent(), w.ok(), w.failed()), w.name());
    }

    /** The only error of {@code w}: its words, count and the times the first and last such request was sent. */
    private static WorkloadResult.ErrorCount onlyError(WorkloadResult w, String error, long count, String first, String last) {
        assertEquals(1, w.errors().size(), w.errors().toString());
        WorkloadResult.ErrorCount e = w.errors().get(0);
        assertEquals(List.of(error, count, first, last), List.of(e.error(), e.count(), s(e.firstAt()), s(e.lastAt())), w.name());
        return e;
    }

    /** When {@code task} first served {@code w} (empty: never). */
    private static Optional<String> firstServed(WorkloadResult w, String task) {
        return w.servedBy().stream().filter(t -> t.task().equals(task)).findFirst().map(t -> s(t.firstAt()));
    }

    private static String s(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e9);
    }

    @Test
    void aDnsrrRollingRestartFailsTheClientsThatKeepAnAddress() {
        Map<String, WorkloadResult> w = run("dnsrr-restart");
        // resolve-once had vote.2's address: it fails from vote.2's stop (122 s) to the end, each SYN unanswered
        counts(w.get("once"), 300, 122, 178);
        assertTrue(onlyError(w.get("once"), "connect timeout", 178, "122.100", "299.100").firstReason()
                .contains("10.0.0.8 is vote.2's address, whose container is gone; the client had it from the address resolved once at start"));
        // the caching stub keeps the first answer its TTL (600 s): from vote.1's stop at 62 s on, every request fails
        counts(w.get("stub"), 300, 62, 238);
        assertTrue(onlyError(w.get("stub"), "connect timeout", 238, "62.400", "299.400").firstReason()
                .contains("the caching stub's copy of the answer, stored at t=0.400 s for its TTL, until t=600.400 s"));
        // nginx fails over to its other address while it has one; once both old tasks are gone, each request tries both and times out
        counts(w.get("nginx"), 300, 122, 178);
        onlyError(w.get("nginx"), "answer timeout", 178, "122.200", "299.200");
        assertEquals(Optional.empty(), firstServed(w.get("nginx"), "vote.1#2"), "nginx never learns a new address");
        // the JVM re-resolves every 30 s and glibc every time: this seed's DNS answers never put a stopped task first for them
        counts(w.get("java"), 300, 300, 0);
        counts(w.get("glibc"), 300, 300, 0);
        // the kept-alive connection to vote.2 loses the request in flight when its container stops, then reconnects
        counts(w.get("pooled"), 300, 298, 2);
        assertEquals("122.500", s(w.get("pooled").firstFailures().get(0).at()));
    }

    @Test
    void bTheSameEventsBehindTheVipFailOnlyRequestsOnAConnectionToTheStoppedTask() {
        Map<String, WorkloadResult> w = run("vip-restart");
        for (String name : List.of("java", "once", "nginx", "glibc", "stub")) {
            counts(w.get(name), 300, 300, 0);
            assertTrue(Double.parseDouble(firstServed(w.get(name), "vote.1#3").orElseThrow()) < 187,
                    name + " reaches the task that replaced the crashed one within 2 s of its start at 185 s");
        }
        counts(w.get("pooled"), 300, 298, 2);
        WorkloadResult.ErrorCount e = onlyError(w.get("pooled"), "answer timeout", 2, "62.500", "180.500");
        assertTrue(e.firstReason().contains("10.0.0.5 is vote's VIP; its last answer came from vote.1, whose container is gone")
                && e.firstReason().contains("IPVS in node1:lb_brvdox7xa holds the connection to 10.0.0.7 (ESTABLISHED"), e.firstReason());
    }

    @Test
    void cAfterScalingTheNewTasksGetTrafficAsLateAsEachClientReResolves() {
        Map<String, WorkloadResult> w = run("dnsrr-scale");
        assertEquals(Optional.of("60.300"), firstServed(w.get("glibc"), "vote.3"), "glibc asks the DNS every time: at once");
        assertEquals(Optional.of("64.300"), firstServed(w.get("glibc"), "vote.4"));
        assertEquals(Optional.of("93.000"), firstServed(w.get("java"), "vote.4"), "the JVM: at its next 30 s refresh");
        assertEquals(Optional.of("279.000"), firstServed(w.get("java"), "vote.3"));
        for (String name : List.of("once", "nginx", "stub", "pooled")) {
            assertEquals(Optional.empty(), firstServed(w.get(name), "vote.3"), name);
            assertEquals(Optional.empty(), firstServed(w.get(name), "vote.4"), name);
            counts(w.get(name), 660, 660, 0);
        }
        assertEquals(660, w.get("stub").servedBy().get(0).count(), "the stub's refreshed answer at 600 s put vote.1 first again");
    }

    @Test
    void dAnIdleConnectionThroughTheVipBreaksAfter900SecondsAndKeepaliveKeepsIt() {
        Map<String, WorkloadResult> w = run("vip-idle");
        counts(w.get("idle"), 7, 4, 3);
        WorkloadResult.ErrorCount e = onlyError(w.get("idle"), "answer timeout", 3, "1000.000", "5000.000");
        assertTrue(e.firstReason().contains("no load balancer holds an IPVS entry for 10.0.0.4:") && e.firstReason()
                .contains("IPVS forgets an established TCP connection 900 s after its last packet"), e.firstReason());
        counts(w.get("keepalive"), 7, 7, 0);
        // one request per 1000 s interval: answered, broken (idle 1000 s > 900 s), answered on a new connection, broken, ...
        assertEquals(List.of(1L, 0L, 1L, 0L, 1L, 0L, 1L), w.get("idle").series().stream().map(WorkloadResult.Interval::ok).toList());
        assertEquals(List.of(0L, 1L, 0L, 1L, 0L, 1L, 0L), w.get("idle").series().stream().map(WorkloadResult.Interval::failed).toList());
    }

    @Test
    void eADrainMovesVote1ToANewAddressAndTheLateNodeStillAnswersTheOldOne() {
        Map<String, WorkloadResult> w = run("dnsrr-drain");
        // node1 hears of the drain 5 s late: its DNS still answers 10.0.0.6 until 65 s, after the container stopped at 62 s
        counts(w.get("glibc"), 300, 297, 3);
        onlyError(w.get("glibc"), "connect timeout", 3, "62.300", "64.300");
        // the JVM cached that stale answer at 62 s and used it for 30 s
        counts(w.get("java"), 300, 269, 31);
        assertTrue(onlyError(w.get("java"), "connect timeout", 31, "62.000", "92.000").firstReason()
                .contains("the client had it from a DNS answer at t=62.000 s"));
        counts(w.get("stub"), 300, 62, 238);
        assertEquals(Optional.of("93.000"), firstServed(w.get("java"), "vote.1#2"));
        assertEquals(Optional.of("67.300"), firstServed(w.get("glibc"), "vote.1#2"));
        for (String name : List.of("once", "nginx", "pooled")) {
            counts(w.get(name), 300, 300, 0);
        }
    }

    @Test
    void theSameDrainBehindTheVipFailsOnlyWhileTheLateNodesBalancerStillPicksTheStoppedTask() {
        Map<String, WorkloadResult> w = run("vip-drain");
        // node1 quiesces vote.1 only at 65 s: from its container's stop at 62 s until then, its IPVS may still pick it
        counts(w.get("java"), 300, 299, 1);
        counts(w.get("once"), 300, 298, 2);
        counts(w.get("nginx"), 300, 299, 1);
        counts(w.get("glibc"), 300, 298, 2);
        counts(w.get("stub"), 300, 299, 1);
        counts(w.get("pooled"), 300, 297, 3);
        WorkloadResult.ErrorCount e = onlyError(w.get("glibc"), "connect timeout", 2, "63.300", "64.300");
        assertTrue(e.firstReason().contains("IPVS in node1:lb_brvdox7xa holds the connection to 10.0.0.7 (SYN_RECV")
                && e.firstReason().contains("10.0.0.7 is vote.1's address, whose container is gone"), e.firstReason());
        for (WorkloadResult x : w.values()) {
            x.errors().forEach(err -> assertTrue(err.firstAt() >= 62_000_000_000L && err.lastAt() < 65_000_000_000L, x.name() + " " + err));
        }
    }

    /** Every request ends, answered or failed, and every failure carries its error and reason, in the report and in the trace. */
    @Test
    void everyFailedRequestCarriesARecordedReason() {
        for (Experiment e : scenario.sim().experiments()) {
            Map<String, long[]> seen = new HashMap<>();
            ExperimentResult r = ExperimentRunner.run(scenario, e, 1, sim -> sim.subscribe(ev -> {
                if (ev instanceof TraceEvent.AppDecision a && a.app().startsWith("workload ")) {
                    long[] c = seen.computeIfAbsent(a.app().split(" ")[1], k -> new long[2]);
                    if (a.action() == TraceEvent.AppAction.ANSWERED) {
                        c[0]++;
                    } else if (a.action() == TraceEvent.AppAction.GIVE_UP) {
                        assertFalse(a.detail().isBlank(), a.toString());
                        c[1]++;
                    }
                }
            }, TraceLevel.SUMMARY), TraceLevel.SUMMARY).result();
            for (WorkloadResult w : r.timeline().orElseThrow().workloads()) {
                assertEquals(w.duration() / w.every(), w.sent(), e.name() + " " + w.name() + ": every request was sent");
                assertEquals(List.of(w.ok(), w.failed()), List.of(seen.get(w.name())[0], seen.get(w.name())[1]), e.name() + " " + w.name());
                assertEquals(w.failed(), w.errors().stream().mapToLong(WorkloadResult.ErrorCount::count).sum());
                w.errors().forEach(x -> assertTrue(x.firstReason().length() > 40, x.toString()));
                w.firstFailures().forEach(x -> assertTrue(x.reason().length() > 40, x.toString()));
                assertEquals(w.ok(), w.series().stream().mapToLong(WorkloadResult.Interval::ok).sum());
                // failed() is sent less answered; the series counts each failure as it ends: so every sent request ended once
                assertEquals(w.failed(), w.series().stream().mapToLong(WorkloadResult.Interval::failed).sum());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameSeriesAndControlSteps() {
        Experiment e = scenario.experiment("dnsrr-drain").orElseThrow();
        TimelineResult first = ExperimentRunner.run(scenario, e, 7).result().timeline().orElseThrow();
        TimelineResult again = ExperimentRunner.run(scenario, e, 7).result().timeline().orElseThrow();
        assertEquals(first, again, "the series and control steps are part of the result");
    }
}
