package io.swarmsim.live.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerSpecTest {
    static final ServerSpec VOTE = new ServerSpec(1, "dns-shuffle@node1", Optional.of(new ServerSpec.Dns(41234, 35678,
            List.of(IpAddress.parse("8.8.8.8")), List.of(new ServerSpec.Network("overlay1", List.of(
                    new ServerSpec.Service("client", Optional.of(IpAddress.parse("10.0.0.2")), List.of(IpAddress.parse("10.0.0.3"))),
                    new ServerSpec.Service("vote", Optional.empty(), List.of(IpAddress.parse("10.0.0.5"), IpAddress.parse("10.0.0.6")))))))),
            Optional.of("c42cb8cc554d"));

    @Test
    void theTextReadsBackAsTheSameSpec() {
        String text = VOTE.render();
        assertEquals("seed 1\nstream dns-shuffle@node1\ndns 41234 35678\nupstream 8.8.8.8\nnetwork overlay1\n"
                + "vip client 10.0.0.2 10.0.0.3\ndnsrr vote 10.0.0.5 10.0.0.6\nhttp c42cb8cc554d\nend\n", text);
        assertEquals(VOTE, ServerSpec.parse(text.lines().toList()));
    }

    @Test
    void aSpecWithoutDnsOrHttpReadsBackToo() {
        ServerSpec s = new ServerSpec(7, "dns-shuffle@n", Optional.empty(), Optional.empty());
        assertEquals(s, ServerSpec.parse(s.render().lines().toList()));
    }

    @Test
    void theViewAnswersAsTheModelsRecords() {
        var view = VOTE.dns().orElseThrow().view();
        assertEquals(List.of(IpAddress.parse("10.0.0.2")), view.resolve("client", false).addresses());
        assertEquals(List.of(IpAddress.parse("10.0.0.3")), view.resolve("tasks.client", false).addresses());
        assertEquals(2, view.resolve("vote", false).addresses().size());
    }

    @Test
    void aBadLineIsNamedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerSpec.parse(List.of("seed 1", "stream s", "dns 53 x", "end")));
        assertTrue(e.getMessage().startsWith("server spec line 3 'dns 53 x'"), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ServerSpec.parse(List.of("seed 1", "port 9")));
        assertTrue(unknown.getMessage().contains("line 2 'port 9': expected seed, stream"), unknown.getMessage());
        IllegalArgumentException unended = assertThrows(IllegalArgumentException.class, () -> ServerSpec.parse(List.of("seed 1")));
        assertTrue(unended.getMessage().contains("without 'end'"), unended.getMessage());
    }
}
