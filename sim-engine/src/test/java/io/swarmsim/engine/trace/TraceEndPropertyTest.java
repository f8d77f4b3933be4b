package io.swarmsim.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.generate.ScenarioGenerator;
import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the event stream over every experiment of the seed scenario and over generated
 * scenarios: nothing is dropped without a Drop event (every packet's trace id ends in a delivery,
 * a kernel answer or a drop), and the same scenario and seed give the same events.
 */
class TraceEndPropertyTest {
    private static final long[] SEEDS = {1, 2, 7};

    /** A scenario to check, with a name for messages. */
    record Case(String name, Scenario scenario) {
    }

    static List<Case> scenarios() throws Exception {
        List<Case> out = new ArrayList<>();
        out.add(new Case("vote.yaml", ScenarioLoader.load(Path.of("../scenarios/vote.yaml"))));
        for (String era : new String[] {"1.12", "18.06"}) {
            ScenarioGenerator.Spec spec = new ScenarioGenerator.Spec(3, 2, 2, era, 3);
            out.add(new Case("generated 3 nodes, 2 services, 2 replicas, era " + era,
                    ScenarioLoader.parse(ScenarioGenerator.generate(spec), Path.of("generated.yaml"))));
        }
        return out;
    }

    static List<TraceEvent> events(Scenario s, Experiment e, long seed) {
        List<TraceEvent> events = new ArrayList<>();
        ExperimentRunner.run(s, e, seed, sim -> sim.subscribe(events::add, TraceLevel.FULL), TraceLevel.FULL);
        return events;
    }

    static boolean terminal(TraceEvent.Kind k) {
        return k == TraceEvent.Kind.SOCKET_DELIVERY || k == TraceEvent.Kind.KERNEL_REPLY || k == TraceEvent.Kind.DROP;
    }

    /**
     * What a program did with a packet it received (a DNS server read a query and answered it, a
     * resolver sorted, a client decided) follows the packet's delivery under the packet's id; it
     * is not a hop of the packet, so the packet's end is its last event of any other kind.
     */
    static boolean programLevel(TraceEvent.Kind k) {
        return k == TraceEvent.Kind.DNS_QUERY || k == TraceEvent.Kind.DNS_ANSWER || k == TraceEvent.Kind.RESOLVER_SORT
                || k == TraceEvent.Kind.APP_DECISION;
    }

    static boolean application(long traceId) {
        return traceId == PacketIds.application(PacketIds.requestOf(traceId));
    }

    /** The ids whose last event is not terminal, each with a description and its last few events. */
    static List<String> violations(List<TraceEvent> events) {
        Map<Long, List<Integer>> byId = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            long id = events.get(i).traceId();
            if (!application(id) && !programLevel(events.get(i).kind())) {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
        }
        List<String> out = new ArrayList<>();
        byId.forEach((id, idx) -> {
            TraceEvent last = events.get(idx.get(idx.size() - 1));
            if (!terminal(last.kind())) {
                StringBuilder b = new StringBuilder("request " + PacketIds.requestOf(id) + ", " + PacketIds.describe(id)
                        + " ends in " + last.kind() + "; its last events:");
                for (int j = Math.max(0, idx.size() - 6); j < idx.size(); j++) {
                    b.append("\n      ").append(events.get(idx.get(j)));
                }
                out.add(b.toString());
            }
        });
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyPacketEndsInADeliveryAReplyOrADrop() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : scenarios()) {
            for (Experiment e : c.scenario().sim().experiments()) {
                for (long seed : SEEDS) {
                    tests.add(DynamicTest.dynamicTest(c.name() + " / " + e.name() + " / seed " + seed, () -> {
                        List<TraceEvent> events = events(c.scenario(), e, seed);
                        List<String> bad = violations(events);
                        assertTrue(bad.isEmpty(), c.name() + ", experiment " + e.name() + ", seed " + seed + ": "
                                + bad.size() + " trace ids end without a delivery, a kernel reply or a drop:\n  "
                                + String.join("\n  ", bad));
                    }));
                }
            }
        }
        return tests.stream();
    }

    /**
     * Commands whose packets meet the data plane's dead ends: addresses nobody has on the overlay
     * (proxy ARP misses) and on the underlay (nobody answers ARP), closed ports, the overlay's
     * broadcast address, a flood on docker_gwbridge, a name the DNS server does not know.
     */
    static final String[][] DEAD_ENDS = {
        {"client.1", "ping -c1 10.0.0.99"}, {"client.1", "ping -c5 10.0.0.99"}, {"client.1", "curl 10.0.0.99"},
        {"node1", "ping -c1 192.168.99.150"}, {"node1", "curl 192.168.99.150"}, {"node1", "curl 192.168.99.102:9999"},
        {"client.1", "curl 10.0.0.3:81"}, {"client.1", "ping -c1 10.0.0.255"}, {"node1", "ping -c1 172.18.0.99"},
        {"client.1", "dig nothing"}, {"client.1", "ping -c1 10.255.0.99"}, {"node1", "curl 192.168.99.101:8080"},
    };

    @TestFactory
    Stream<DynamicTest> packetsThatMeetADeadEndEndInADrop() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : new String[] {"dnsrr", "vip", "mesh"}) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Experiment e = s.experiment(name).orElseThrow();
                Simulation sim = new Simulation(s, s.servicesFor(e), 1);
                List<TraceEvent> events = new ArrayList<>();
                sim.subscribe(events::add, TraceLevel.FULL);
                for (String[] c : DEAD_ENDS) {
                    sim.run(new CommandSpec(c[0], c[1], 1, null));
                }
                List<String> bad = violations(events);
                assertTrue(bad.isEmpty(), "experiment " + name + " with dead-end commands: " + bad.size()
                        + " trace ids end without a delivery, a kernel reply or a drop:\n  " + String.join("\n  ", bad));
                assertTrue(events.stream().anyMatch(ev -> ev instanceof TraceEvent.Drop d && d.reason() == DropReason.ARP_FAILED),
                        "an unanswered ARP fails and drops what waited");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theSameScenarioAndSeedGiveTheSameEvents() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : scenarios()) {
            for (Experiment e : c.scenario().sim().experiments()) {
                for (long seed : new long[] {1, 7}) {
                    tests.add(DynamicTest.dynamicTest(c.name() + " / " + e.name() + " / seed " + seed, () -> {
                        List<TraceEvent> first = events(c.scenario(), e, seed);
                        List<TraceEvent> second = events(c.scenario(), e, seed);
                        assertEquals(first.size(), second.size(), "event counts differ");
                        for (int i = 0; i < first.size(); i++) {
                            assertEquals(first.get(i), second.get(i), "event " + i + " differs");
                        }
                        assertEquals(first, second);
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theExperimentsSendPackets() throws Exception {
        // guards the properties above against passing on empty streams
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : scenarios()) {
            for (Experiment e : c.scenario().sim().experiments()) {
                if (e.commands().isEmpty()) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(c.name() + " / " + e.name(), () -> {
                    List<TraceEvent> events = events(c.scenario(), e, 1);
                    assertFalse(events.stream().noneMatch(ev -> ev.kind() == TraceEvent.Kind.SOCKET_DELIVERY),
                            "no packet reached a socket in " + e.name());
                }));
            }
        }
        return tests.stream();
    }
}
