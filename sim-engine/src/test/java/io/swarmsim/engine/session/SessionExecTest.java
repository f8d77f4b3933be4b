package io.swarmsim.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.exec.ExecCommand;
import io.swarmsim.engine.exec.ExecResult;
import io.swarmsim.engine.exec.ExecTarget;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Session#exec}: the real tools' views of a namespace at any point of a session, exactly as {@code sim exec} prints them. */
class SessionExecTest {
    private static Scenario vote() throws Exception {
        return ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
    }

    /** What {@code sim exec} prints: the experiment run to its end, then the command (stdout, then stderr). */
    private static String simExec(String experiment, String where, String... argv) throws Exception {
        Scenario s = vote();
        Simulation sim = ExperimentRunner.run(s, s.experiment(experiment).orElseThrow(), 1).simulation();
        ExecResult r = ExecCommand.run(sim, ExecTarget.resolve(sim, where), List.of(argv));
        return r.out() + r.err();
    }

    @Test
    void afterTheExperimentItPrintsWhatSimExecPrints() throws Exception {
        Session vip = Session.open(vote(), Optional.of("vip"), 1);
        vip.runAll();
        assertEquals(simExec("vip", "client.1", "iptables", "-nvL", "-t", "mangle"), vip.exec("client.1", "iptables -nvL -t mangle"));
        assertEquals(simExec("vip", "client.1", "ipvsadm"), vip.exec("client.1", "  ipvsadm "));
        Session mesh = Session.open(vote(), Optional.of("mesh"), 1);
        mesh.runAll();
        assertEquals(simExec("mesh", "node2", "iptables", "-nvL", "-t", "nat"), mesh.exec("node2", "iptables -nvL -t nat"));
        assertEquals(simExec("mesh", "node1:ingress_sbox", "ipvsadm", "-Ln"), mesh.exec("ingress_sbox@node1", "ipvsadm -Ln"));
        assertEquals(simExec("mesh", "node1", "docker", "service", "ls"), mesh.exec("node1", "docker service ls"));
        assertTrue(mesh.exec("node2", "iptables -nvL -t nat").contains("tcp dpt:8080 to:172.18.0.2:8080"));
    }

    @Test
    void countersShowWhatHasRunSoFarAndReadingChangesNothing() throws Exception {
        Session s = Session.open(vote(), Optional.of("vip"), 1);
        String before = s.exec("client.1", "iptables -nvL -t mangle");
        assertTrue(before.contains("    0     0 MARK       0    --  *      *       0.0.0.0/0            10.0.0.4"), before);
        s.runNext();
        s.runNext();
        String afterOneCurl = s.exec("client.1", "iptables -nvL -t mangle");
        assertEquals(afterOneCurl, s.exec("client.1", "iptables -nvL -t mangle"), "a view is read only");
        s.runAll();
        String end = s.exec("client.1", "iptables -nvL -t mangle");
        assertTrue(end.contains("   20  1344 MARK       0    --  *      *       0.0.0.0/0            10.0.0.4"), end);
        assertTrue(!afterOneCurl.equals(end) && !afterOneCurl.equals(before), afterOneCurl);
        assertEquals(5, s.runs().size(), "exec ran no command");
    }

    @Test
    void commandsThatMakeTrafficAndUnknownPlacesAreRefused() throws Exception {
        Session s = Session.open(vote(), Optional.of("vip"), 1);
        IllegalArgumentException curl = assertThrows(IllegalArgumentException.class, () -> s.exec("client.1", "curl vote"));
        assertTrue(curl.getMessage().contains("'curl' is not a view"), curl.getMessage());
        IllegalArgumentException nowhere = assertThrows(IllegalArgumentException.class, () -> s.exec("vote.9", "ipvsadm"));
        assertTrue(nowhere.getMessage().contains("no task, container, node or sandbox called 'vote.9'; there are: client.1"),
                nowhere.getMessage());
        assertEquals(simExec("vip", "client.1", "ipvsadm", "-x"), s.exec("client.1", "ipvsadm -x"), "a tool's own error, as sim exec prints it");
        assertTrue(s.runs().isEmpty());
    }
}
