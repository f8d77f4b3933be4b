package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.engine.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The experiment's commands become argument lists in the right namespace; a grep is a second program fed the first's output. */
class RealCommandsTest {
    @Test
    void eachCommandRunsInItsNamespaceAndGrepReadsItsOutput() {
        Session s = Fixtures.session("mesh");
        Fixtures.Recording rec = new Fixtures.Recording();
        rec.out = "page\n";
        List<RealCommands.Run> runs = RealCommands.run(s.plan(), RealCommands.where(s.desired(), s.cluster()), n -> "ss0001-" + n.replace(':', '_'), rec, Progress.none());
        assertEquals(4, runs.size());
        assertEquals(List.of("ip", "netns", "exec", "ss0001-node1", "curl", "192.168.99.102:8080"), rec.commands.get(0).argv());
        assertEquals(List.of("grep", "-i", "--", "container id"), rec.commands.get(1).argv());
        assertEquals("page\n", rec.commands.get(1).stdin());
        assertEquals("ss0001-node2", rec.commands.get(4).argv().get(3));
    }

    @Test
    void aCommandFromATaskRunsInItsContainer() {
        Session s = Fixtures.session("dnsrr");
        Fixtures.Recording rec = new Fixtures.Recording();
        RealCommands.run(s.plan().subList(0, 1), RealCommands.where(s.desired(), s.cluster()), n -> "ss0001-x", rec, Progress.none());
        assertEquals(List.of(List.of("ip", "netns", "exec", "ss0001-x", "dig", "vote")), rec.commands.stream().map(Cmd::argv).toList());
    }
}
