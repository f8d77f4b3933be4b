package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.swarmsim.engine.exec.ExecCommand;
import io.swarmsim.engine.exec.ExecTarget;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ping to an address nobody answers ARP for (a 1.12 VIP: IPVS serves TCP and UDP, no device holds it),
 * as iputils prints it (recorded with iputils 20221126 in a namespace pair): one "Destination Host
 * Unreachable" per request from the sender's own address once the neighbour is FAILED, "+N errors",
 * "pipe N" when requests overlapped, and the closing line, empty when there is neither rtt nor pipe.
 */
class PingUnreachableTest {
    private static Simulation vip(String image) throws Exception {
        String text = Files.readString(Path.of("../scenarios/vote.yaml")).replace("smakam/myubuntu:v4", image);
        Scenario s = ScenarioLoader.parse(text, Path.of("vote.yaml"));
        return new Simulation(s, s.servicesFor(s.experiment("vip").orElseThrow()), 1);
    }

    @Test
    void oneRequestEndsWithAnEmptyLineAndTheNeighbourFailed() throws Exception {
        Simulation sim = vip("debian");
        String out = sim.run(new CommandSpec("client.1", "ping -c1 vote", 1, null)).output();
        assertEquals("PING vote (10.0.0.4) 56(84) bytes of data.\n"
            + "From 10.0.0.3 icmp_seq=1 Destination Host Unreachable\n\n"
            + "--- vote ping statistics ---\n"
            + "1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n\n", out);
        String neigh = ExecCommand.run(sim, ExecTarget.resolve(sim, "client.1"), List.of("ip", "neigh")).out();
        assertTrue(neigh.contains("10.0.0.4 dev eth0 FAILED"), neigh);
    }

    @Test
    void overlappingRequestsShowThePipeTheOldIputilsAfterAComma() throws Exception {
        String modern = vip("debian").run(new CommandSpec("client.1", "ping -c2 vote", 1, null)).output();
        assertTrue(modern.endsWith("2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 1000ms\npipe 2\n"), modern);
        String old = vip("smakam/myubuntu:v4").run(new CommandSpec("client.1", "ping -c2 vote", 1, null)).output();
        assertTrue(old.endsWith("+2 errors, 100% packet loss, time 1000ms\n, pipe 2\n"), old);
    }

    @Test
    void minusWShortensTheWaitBeforeTheNeighbourFails() throws Exception {
        // recorded with iputils 20221126 in a namespace: ping -c1 -W 2 to an address nobody answers ARP for
        // prints no error line and ends after 2 s, before the neighbour's 3 s of probes run out
        String out = vip("debian").run(new CommandSpec("client.1", "ping -c1 -W 2 vote", 1, null)).output();
        assertEquals("PING vote (10.0.0.4) 56(84) bytes of data.\n\n--- vote ping statistics ---\n"
            + "1 packets transmitted, 0 received, 100% packet loss, time 0ms\n\n", out);
        assertTrue(vip("debian").run(new CommandSpec("client.1", "ping -c1 -W4 vote", 1, null)).output().contains("Destination Host Unreachable"));
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> io.swarmsim.engine.apps.Commands.parse("ping -c1 -W abc vote"));
        assertEquals("ping: bad linger time: abc", bad.getMessage());
        for (String garbage : new String[] {"2f", "1e1", "NaN", "0x10", "-1", "3601"}) {
            assertThrows(IllegalArgumentException.class, () -> io.swarmsim.engine.apps.Commands.parse("ping -c1 -W " + garbage + " vote"), garbage);
        }
        io.swarmsim.engine.apps.Commands.parse("ping -c1 -W 0.5 vote");
    }
}
