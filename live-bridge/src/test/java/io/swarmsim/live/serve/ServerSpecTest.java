package io.swarmsim.live.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.dns.NetworkKind;
import io.swarmsim.kernel.net.IpAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerSpecTest {
    static final ServerSpec VOTE = new ServerSpec(1, "dns-shuffle@node1", Optional.of(new ServerSpec.Dns(41234, 35678,
            List.of(IpAddress.parse("8.8.8.8")), List.of(new ServerSpec.Network(NetworkDnsRecords.empty("overlay1", NetworkKind.SWARM_OVERLAY)
                    .withVipService("client", IpAddress.parse("10.0.0.2"), List.of(IpAddress.parse("10.0.0.3")))
                    .withDnsrrService("vote", List.of(IpAddress.parse("10.0.0.5"), IpAddress.parse("10.0.0.6")))
                    .withAlias("ballot", List.of(IpAddress.parse("10.0.0.5"))))))),
            List.of(new DesiredState.AppServer(new io.swarmsim.engine.scenario.ServerSpec(io.swarmsim.engine.scenario.ServerSpec.Protocol.HTTP, 80,
                    "Hostname: {{.Hostname}}\n{{.IPLines}}", "", "x-sim.services.vote.serves[0]"), "c42cb8cc554d", "vote.1", "vote", "node2",
                    List.of("10.0.0.5", "10.255.0.5"))));

    @Test
    void theTextReadsBackAsTheSameSpec() {
        String text = VOTE.render();
        assertEquals("seed 1\nstream dns-shuffle@node1\ndns 41234 35678\nupstream 8.8.8.8\nnetwork overlay1 SWARM_OVERLAY\n"
                + "name client 10.0.0.2\nname tasks.client 10.0.0.3\nname tasks.vote 10.0.0.5 10.0.0.6\nname vote 10.0.0.5 10.0.0.6\n"
                + "alias ballot 10.0.0.5\napp =HTTP =80 =Hostname%3A+%7B%7B.Hostname%7D%7D%0A%7B%7B.IPLines%7D%7D = "
                + "=x-sim.services.vote.serves%5B0%5D =c42cb8cc554d =vote.1 =vote =node2 =10.0.0.5%2C10.255.0.5 =c42cb8cc554d\nend\n", text);
        assertEquals(VOTE, ServerSpec.parse(text.lines().toList()));
    }

    @Test
    void aSpecWithoutDnsOrHttpReadsBackToo() {
        ServerSpec s = new ServerSpec(7, "dns-shuffle@n", Optional.empty(), List.of());
        assertEquals(s, ServerSpec.parse(s.render().lines().toList()));
    }

    @Test
    void theViewAnswersAsTheModelsRecords() {
        var view = VOTE.dns().orElseThrow().view();
        assertEquals(List.of(IpAddress.parse("10.0.0.2")), view.resolve("client", false).addresses());
        assertEquals(List.of(IpAddress.parse("10.0.0.3")), view.resolve("tasks.client", false).addresses());
        assertEquals(2, view.resolve("vote", false).addresses().size());
        assertEquals(List.of(IpAddress.parse("10.0.0.5")), view.resolve("ballot", false).addresses());
    }

    @Test
    void aBadLineIsNamedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerSpec.parse(List.of("seed 1", "stream s", "dns 53 x", "end")));
        IllegalArgumentException orphan = assertThrows(IllegalArgumentException.class,
                () -> ServerSpec.parse(List.of("seed 1", "stream s", "dns 53 54", "name vote 10.0.0.5", "end")));
        assertTrue(orphan.getMessage().contains("line 4 'name vote 10.0.0.5': expected a name and its addresses after a 'network' line"),
                orphan.getMessage());
        assertTrue(e.getMessage().startsWith("server spec line 3 'dns 53 x'"), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ServerSpec.parse(List.of("seed 1", "port 9")));
        assertTrue(unknown.getMessage().contains("line 2 'port 9': expected seed, stream"), unknown.getMessage());
        IllegalArgumentException unended = assertThrows(IllegalArgumentException.class, () -> ServerSpec.parse(List.of("seed 1")));
        assertTrue(unended.getMessage().contains("without 'end'"), unended.getMessage());
    }
}
