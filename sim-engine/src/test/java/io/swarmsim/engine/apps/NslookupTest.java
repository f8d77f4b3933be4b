package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** nslookup as BIND's prints it (compared with the real BIND 9.18 nslookup in NamesLiveTest). */
class NslookupTest {
    private static Simulation sim(String image, String experiment) throws Exception {
        String text = Files.readString(Path.of("../scenarios/vote.yaml")).replace("smakam/myubuntu:v4", image);
        Scenario s = ScenarioLoader.parse(text, Path.of("vote.yaml"));
        return new Simulation(s, s.servicesFor(s.experiment(experiment).orElseThrow()), 1);
    }

    private static String out(Simulation sim, String cmd) {
        return sim.run(new CommandSpec("client.1", cmd, 1, null)).output();
    }

    @Test
    void theServerThenANamePerAddress() throws Exception {
        String head = "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11#53\n\n";
        assertEquals(head + "Non-authoritative answer:\nName:\tvote\nAddress: 10.0.0.4\n\n", out(sim("debian:12", "vip"), "nslookup vote"));
        String rr = out(sim("smakam/myubuntu:v4", "dnsrr"), "nslookup vote");
        assertEquals(true, rr.equals(head + "Non-authoritative answer:\nName:\tvote\nAddress: 10.0.0.3\nName:\tvote\nAddress: 10.0.0.4\n\n")
                || rr.equals(head + "Non-authoritative answer:\nName:\tvote\nAddress: 10.0.0.4\nName:\tvote\nAddress: 10.0.0.3\n\n"), rr);
        assertEquals(";; Got SERVFAIL reply from 127.0.0.11\n" + head + "** server can't find nosuch: SERVFAIL\n\n",
                out(sim("debian:12", "vip"), "nslookup nosuch"));
        assertEquals("sim: nslookup is simulated as BIND's; alpine:3.19 has BusyBox's\n", out(sim("alpine:3.19", "vip"), "nslookup vote"));
        assertThrows(IllegalArgumentException.class, () -> Commands.parse("nslookup -type=aaaa vote"));
    }
}
