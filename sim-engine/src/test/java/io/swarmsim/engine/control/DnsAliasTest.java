package io.swarmsim.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A service's network aliases ({@code networks: {overlay1: {aliases: [ballot]}}}) answer in DNS as
 * its name does: the VIP in VIP mode, every task in dnsrr mode, and {@code tasks.<alias>} the tasks
 * (libnetwork's addEndpointNameResolution adds records for each service alias).
 */
class DnsAliasTest {
    private static Session open(String experiment) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/scenario/seed.yaml"));
        return Session.open(s, Optional.of(experiment), s.sim().seed());
    }

    private static List<String> answers(Session session, String name) {
        String out = session.runCommand("client.1", "dig +short " + name).output();
        return out.lines().sorted().toList();
    }

    @Test
    void anAliasAnswersTheVipAndTasksAliasTheTasks() throws Exception {
        Session s = open("vip");
        Cluster.ServiceState vote = s.cluster().services().stream().filter(x -> x.name().equals("vote")).findFirst().orElseThrow();
        String vip = vote.vips().get("overlay1").toString();
        assertEquals(List.of(vip), answers(s, "ballot"));
        assertEquals(answers(s, "tasks.vote"), answers(s, "tasks.ballot"));
        assertEquals(2, answers(s, "tasks.ballot").size());
    }

    @Test
    void inDnsrrModeTheAliasAnswersEveryTask() throws Exception {
        Session s = open("dnsrr");
        assertEquals(answers(s, "tasks.vote"), answers(s, "ballot"));
        assertEquals(2, answers(s, "ballot").size());
        assertEquals(List.of(), answers(s, "balot"), "a name nobody declared has no local records");
    }

    @Test
    void anAliasThatIsNoDnsNameIsRefusedWhereItIsWritten(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(f, java.nio.file.Files.readString(Path.of("src/test/resources/scenario/seed.yaml"))
                .replace("aliases: [ballot]", "aliases: [\"a..b\"]"));
        io.swarmsim.engine.scenario.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.swarmsim.engine.scenario.ScenarioException.class, () -> ScenarioLoader.load(f));
        String m = e.getMessage();
        org.junit.jupiter.api.Assertions.assertTrue(m.startsWith(f + ":18:18: services.vote.networks.overlay1.aliases: 'a..b' is not a DNS name"), m);
    }
}
