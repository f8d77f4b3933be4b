package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code getent ahosts}: getaddrinfo's order with glibc's getent layout; the seed's rule 9 without curl in the way. */
class GetentCommandTest {
    private static Session dnsrr() throws Exception {
        Scenario vote = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        return Session.open(vote, Optional.of("dnsrr"), vote.sim().seed());
    }

    @Test
    void everyAddressThreeTimesInGetaddrinfosOrderTheCanonicalNameOnce() throws Exception {
        Session s = dnsrr();
        for (int i = 0; i < 4; i++) {
            io.swarmsim.engine.report.CommandRun r = s.runCommand("client.1", "getent ahosts vote");
            // client.1 is 10.0.0.2: rule 9 puts 10.0.0.3 (31 common bits) before 10.0.0.4 whatever order DNS answered
            assertEquals("10.0.0.3        STREAM vote\n10.0.0.3        DGRAM  \n10.0.0.3        RAW    \n"
                    + "10.0.0.4        STREAM \n10.0.0.4        DGRAM  \n10.0.0.4        RAW    \n", r.output(), "run " + i);
            assertEquals(List.of("10.0.0.3", "10.0.0.4"), r.resolved());
        }
    }

    @Test
    void anUnknownNamePrintsNothingAndOtherDatabasesAreRefused() throws Exception {
        Session s = dnsrr();
        assertEquals("", s.runCommand("client.1", "getent ahosts nope").output());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.runCommand("client.1", "getent passwd root"));
        assertTrue(e.getMessage().contains("only 'getent ahosts NAME' and 'getent hosts NAME' are simulated"), e.getMessage());
    }
}
