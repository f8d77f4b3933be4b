package io.swarmsim.gui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The event list's words for events (summary, protocols, namespaces, runs), on the seed's real runs. */
class EventTextTest {
    private static List<TraceEvent> events(String experiment, Session[] out) throws Exception {
        Session s = Session.open(ScenarioLoader.load(TestWindow.VOTE), Optional.of(experiment), 1);
        List<TraceEvent> all = new ArrayList<>();
        s.subscribe(all::add, TraceLevel.FULL);
        s.runAll();
        if (out != null) {
            out[0] = s;
        }
        return all;
    }

    @Test
    void everyEventHasAOneLineSummaryAndEveryKindIsSeen() throws Exception {
        Set<TraceEvent.Kind> seen = EnumSet.noneOf(TraceEvent.Kind.class);
        for (String x : List.of("dnsrr", "vip", "mesh")) {
            for (TraceEvent e : events(x, null)) {
                String line = EventSummary.of(e);
                assertFalse(line.isBlank() || line.contains("\n"), e + " -> " + line);
                seen.add(e.kind());
            }
        }
        assertTrue(seen.size() >= 15, "the seed's experiments show most kinds: " + seen);
        assertEquals("1.234", EventSummary.millis(1_234_000));
        assertEquals("0.000", EventSummary.millis(17));
    }

    @Test
    void protocolsComeFromThePacketOrItsTraceId() throws Exception {
        EventProtocols p = new EventProtocols();
        List<TraceEvent> all = events("dnsrr", null);
        all.forEach(p::learn);
        for (TraceEvent e : all) {
            Set<Proto> of = p.of(e);
            switch (e.kind()) {
                case DNS_QUERY, DNS_ANSWER, RESOLVER_SORT -> assertEquals(Set.of(Proto.DNS), of);
                case ARP -> assertEquals(Set.of(Proto.ARP), of);
                case ROUTE_LOOKUP, POLICY_APPLIED, FDB -> assertTrue(EventProtocols.own(e).isEmpty());
                default -> { }
            }
            if (e instanceof TraceEvent.SocketDelivery d && d.socket().contains(":53")) {
                assertTrue(of.containsAll(Set.of(Proto.UDP, Proto.DNS)) || of.containsAll(Set.of(Proto.TCP, Proto.DNS)), d.socket());
            }
        }
        assertTrue(all.stream().filter(e -> e.kind() == TraceEvent.Kind.POLICY_APPLIED).allMatch(e -> !p.of(e).isEmpty()),
                "a chain's policy takes its packet's protocol from the trace id");
        assertTrue(all.stream().anyMatch(e -> p.of(e).contains(Proto.ICMP)), "ping's echo requests");
        assertTrue(all.stream().anyMatch(e -> p.of(e).equals(Set.of(Proto.TCP))), "curl's connection");
        assertTrue(all.stream().filter(e -> e.kind() == TraceEvent.Kind.VXLAN).allMatch(e -> p.of(e).contains(Proto.UDP)
                && p.of(e).size() > 1), "a VXLAN packet is UDP and what it carries");
    }

    @Test
    void containersReadAsTheirTasksAndRunsAsATranscript() throws Exception {
        Session[] s = new Session[1];
        events("dnsrr", s);
        NamespaceLabels labels = new NamespaceLabels(s[0].desired());
        String client = s[0].desired().ofTask("client.1").orElseThrow().name();
        assertEquals("client.1", labels.of(client));
        assertEquals("node1", labels.of("node1"));
        assertEquals("1: client.1 # dig vote", RunText.title(s[0].runs().get(0)));
        assertFalse(RunText.failed(s[0].runs().get(0)));
        String curl = RunText.status(s[0].runs().get(8));
        assertTrue(curl.startsWith("run 9: client.1 # curl vote") && curl.contains("served by vote.1") && curl.contains("Why: DNS answered"), curl);
        assertTrue(RunText.details(s[0].runs().get(8)).contains("Processed by container ID"));
    }
}
