package io.swarmsim.gui.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.gui.model.RunRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough shipped with the seed's scenario: it loads, every name it highlights exists in
 * its experiment's cluster, it tells the seed's whole story in the blog's order, and the tool views
 * it prints show what its text says they show.
 */
class ShippedWalkthroughTest {
    static final Path VOTE = Path.of("../scenarios/vote.yaml");
    static Scenario scenario;
    static Walkthrough walkthrough;

    @BeforeAll
    static void load() throws Exception {
        scenario = ScenarioLoader.load(VOTE);
        walkthrough = WalkthroughLoader.load(WalkthroughLoader.fileFor(VOTE), scenario, 1);
    }

    @Test
    void everyHighlightNamesSomethingThatExists() {
        for (Step s : walkthrough.steps()) {
            Session session = Session.open(scenario, Optional.of(s.experiment()), 1);
            Places places = new Places(session.desired(), session.cluster());
            for (String name : s.highlight()) {
                List<String> namespaces = places.namespaces(name);
                assertFalse(namespaces.isEmpty(), s.title() + ": " + name);
                assertTrue(session.namespaces().containsAll(namespaces), s.title() + ": " + name + " -> " + namespaces);
            }
        }
    }

    @Test
    void itVisitsTheSeedsExperimentsInTheBlogsOrder() {
        assertEquals(List.of("dnsrr", "vip", "mesh", "dnsrr-mesh"), WalkthroughLoader.experimentsOf(walkthrough));
        assertEquals(0, walkthrough.firstStepOf("dnsrr"));
        assertTrue(walkthrough.steps().size() >= 12, "a step per idea, not one wall of text");
        String all = String.join("\n", walkthrough.steps().stream().map(s -> s.title() + "\n" + s.text()).toList());
        for (String idea : List.of("shuffled", "gethostbyname", "Rule 9", "31 leading bits", "MARK", "IPVS", "round robin", "SNAT",
                "DOCKER-INGRESS", "172.18.0.2:8080", "ingress_sbox", "never from node1", "ports can't be used with dnsrr mode")) {
            assertTrue(all.contains(idea), "the walkthrough explains " + idea);
        }
    }

    @Test
    void theToolViewsShowWhatTheTextSays() throws Exception {
        WalkthroughWorker worker = new WalkthroughWorker();
        RunRequest r = RunRequest.of(VOTE);
        for (Step s : walkthrough.steps()) {
            if (s.show().isPresent()) {
                String printed = worker.show(r, s).get(30, TimeUnit.SECONDS);
                assertFalse(printed.startsWith("(could not print"), printed);
                assertFalse(printed.contains("not simulated") || printed.contains("not found"), s.title() + ":\n" + printed);
            }
        }
        assertEquals("", show(worker, r, "No load balancer in between").lines().filter(l -> l.startsWith("FWM")).findAny().orElse(""));
        Session dnsrr = Session.open(scenario, Optional.of("dnsrr"), 1);
        dnsrr.runAll();
        assertFalse(dnsrr.exec("client.1", "iptables -nvL -t mangle").contains("MARK"), "\"and so is its mangle table\"");
        assertTrue(show(worker, r, "mangle OUTPUT marks packets to the VIP")
                .contains("    5   336 MARK       0    --  *      *       0.0.0.0/0            10.0.0.4             MARK set 0x101"),
                "the counters after the first curl");
        assertTrue(show(worker, r, "IPVS in the container balances the mark").contains("FWM  257 rr\n  -> 10.0.0.5:0"));
        assertTrue(show(worker, r, "SNAT: the packet leaves with the container's address").contains("ipvs to:10.0.0.3"));
        assertTrue(show(worker, r, "DOCKER-INGRESS: the node DNATs to its ingress sandbox").contains("tcp dpt:8080 to:172.18.0.2:8080"));
        assertTrue(show(worker, r, "ingress_sbox marks port 8080").contains("tcp dpt:8080 MARK set 0x101"));
        assertTrue(show(worker, r, "IPVS in the sandbox picks a task").contains("  -> 10.255.0.5:0"));
        assertTrue(show(worker, r, "SNAT: the client's address is lost").contains("ipvs to:10.255.0.3"));
        assertFalse(show(worker, r, "dnsrr with a published port is refused").contains("vote"), "only the client service exists");
    }

    private static String show(WalkthroughWorker worker, RunRequest r, String title) throws Exception {
        Step step = walkthrough.steps().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
        return worker.show(r, step).get(30, TimeUnit.SECONDS);
    }
}
