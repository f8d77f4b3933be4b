package io.swarmsim.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The open session: stepping, listeners at their levels, the run index, snapshots and replay to an earlier time. */
class SessionTest {
    private static Scenario vote() throws Exception {
        return ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
    }

    private static Session open(String experiment) throws Exception {
        return Session.open(vote(), Optional.of(experiment), 1);
    }

    @Test
    void runningEveryCommandGivesWhatTheBatchRunnerGives() throws Exception {
        Scenario s = vote();
        for (Experiment e : s.sim().experiments()) {
            List<CommandRun> batch = ExperimentRunner.run(s, e, 1).result().commands();
            List<CommandRun> session = Session.open(s, Optional.of(e.name()), 1).runAll();
            assertEquals(batch, session, e.name());
        }
    }

    @Test
    void aCommandRunsOneEventAtATime() throws Exception {
        Session whole = open("vip");
        whole.runNext();
        CommandRun expected = whole.runCommand("client.1", "curl vote");

        Session stepped = open("vip");
        stepped.runNext();
        stepped.start("client.1", "curl vote");
        int steps = 0;
        long last = stepped.now();
        while (stepped.running()) {
            assertTrue(stepped.step());
            assertTrue(stepped.now() >= last, "time never goes back");
            last = stepped.now();
            steps++;
        }
        assertTrue(steps > 20, "a curl through the VIP takes many events, not one: " + steps);
        assertEquals(expected, stepped.runs().get(1).result());
        assertThrows(IllegalStateException.class, () -> {
            stepped.start("client.1", "curl vote");
            stepped.start("client.1", "curl vote");
        });
    }

    @Test
    void eachListenerHearsItsOwnLevel() throws Exception {
        Session s = open("vip");
        List<TraceEvent> full = new ArrayList<>();
        List<TraceEvent> summary = new ArrayList<>();
        s.subscribe(full::add, TraceLevel.FULL);
        s.subscribe(summary::add, TraceLevel.SUMMARY);
        var none = s.subscribe(e -> { throw new AssertionError("a NONE listener hears nothing"); }, TraceLevel.NONE);
        s.runAll();
        assertTrue(full.stream().anyMatch(e -> e.kind().hop()));
        assertTrue(summary.stream().noneMatch(e -> e.kind().hop()));
        assertEquals(full.stream().filter(e -> !e.kind().hop()).toList(), summary);
        none.cancel();
        for (TraceEvent.Kind k : List.of(TraceEvent.Kind.RULE_MATCHED, TraceEvent.Kind.IPVS, TraceEvent.Kind.VXLAN,
                TraceEvent.Kind.DNS_ANSWER, TraceEvent.Kind.RESOLVER_SORT, TraceEvent.Kind.APP_DECISION, TraceEvent.Kind.SOCKET_DELIVERY,
                TraceEvent.Kind.FRAME_SENT, TraceEvent.Kind.HOOK_ENTERED, TraceEvent.Kind.ROUTE_LOOKUP, TraceEvent.Kind.CONNTRACK,
                TraceEvent.Kind.NAT_APPLIED, TraceEvent.Kind.ARP, TraceEvent.Kind.FDB)) {
            assertTrue(full.stream().anyMatch(e -> e.kind() == k), "the vip experiment shows " + k);
        }
    }

    @Test
    void listeningChangesNothing() throws Exception {
        Session quiet = open("dnsrr");
        Session heard = open("dnsrr");
        heard.subscribe(e -> { }, TraceLevel.FULL);
        assertEquals(quiet.runAll(), heard.runAll());
    }

    @Test
    void theIndexLeadsToEachRunsEvents() throws Exception {
        Session s = open("vip");
        List<TraceEvent> all = new ArrayList<>();
        s.subscribe(all::add, TraceLevel.FULL);
        s.runAll();
        List<RunRecord> runs = s.runs();
        assertEquals(5, runs.size());
        for (RunRecord r : runs) {
            assertEquals("vip", r.experiment());
            assertTrue(r.finishedAt() >= r.startedAt());
            List<TraceEvent> live = all.stream().filter(r::owns).toList();
            assertFalse(live.isEmpty(), "run " + r.number() + " has events");
            assertTrue(live.stream().allMatch(e -> e.time() >= r.startedAt() && e.time() <= r.finishedAt()));
            List<TraceEvent> again = s.eventsOf(r.number(), TraceLevel.FULL);
            for (int i = 0; i < Math.min(live.size(), again.size()); i++) {
                assertEquals(live.get(i), again.get(i), "event " + i + " of run " + r.number());
            }
            assertEquals(live.size(), again.size(), "replayed events of run " + r.number());
        }
    }

    @Test
    void rewindingGivesTheIdenticalEventStream() throws Exception {
        Session s = open("vip");
        List<TraceEvent> original = new ArrayList<>();
        s.subscribe(original::add, TraceLevel.FULL);
        s.runAll();
        for (int cut : new int[] {0, original.size() / 3, original.size() / 2, original.size() - 1}) {
            long t = original.get(cut).time();
            List<TraceEvent> replayed = new ArrayList<>();
            Session back = s.rewindTo(t, r -> r.subscribe(replayed::add, TraceLevel.FULL));
            assertEquals(t, back.now());
            assertEquals(original.stream().filter(e -> e.time() <= t).toList(), replayed, "events up to " + t);
            back.runAll();
            assertEquals(original, replayed, "and from there on, the rest");
            assertEquals(s.runs(), back.runs());
        }
    }

    @Test
    void snapshotsAreCopiesWithTheKernelsCounters() throws Exception {
        Session s = open("vip");
        String client = s.namespaces().stream().filter(n -> s.snapshot(n).addresses().stream()
                .anyMatch(a -> a.prefix().address().toString().equals("10.0.0.3"))).findFirst().orElseThrow();
        NamespaceSnapshot before = s.snapshot(client);
        s.runAll();
        NamespaceSnapshot after = s.snapshot(client);
        NamespaceSnapshot.RuleCounter mark = after.rules().stream()
                .filter(r -> r.table().equals("mangle") && r.rule().contains("-d 10.0.0.4/32")).findFirst().orElseThrow();
        // as `sim exec ... iptables -nvL -t mangle` prints it after the experiment (README)
        assertEquals(20, mark.packets());
        assertEquals(1344, mark.bytes());
        assertTrue(before.rules().stream().allMatch(r -> r.packets() == 0), "an earlier snapshot does not move");
        assertNotEquals(before, after);
        assertEquals(after, s.snapshot(client), "reading twice gives the same copy");
        assertThrows(UnsupportedOperationException.class, () -> after.rules().clear());
        assertFalse(after.ipvs().isEmpty(), "1.12 runs IPVS in the container");
        assertTrue(after.conntrack().size() > 0);
        assertThrows(IllegalArgumentException.class, () -> s.snapshot("nowhere"));
    }
}
