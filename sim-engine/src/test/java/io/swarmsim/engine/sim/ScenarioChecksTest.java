package io.swarmsim.engine.sim;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioError;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Address pools and port ranges exhausted at their boundaries, found before anything runs, located at the owner. */
class ScenarioChecksTest {
    private static Scenario load(String text) throws ScenarioException {
        return ScenarioLoader.parse(text, Path.of("p.yaml"));
    }

    private static String oneNode(int replicas, String ports, String subnet) {
        return "services:\n  web:\n    image: instavote/vote\n    networks: [n]\n" + ports
            + "    deploy: {replicas: " + replicas + "}\nnetworks:\n  n:\n    driver: overlay\n"
            + (subnet.isEmpty() ? "" : "    ipam: {config: [{subnet: " + subnet + "}]}\n")
            + "x-sim:\n  nodes:\n    - {name: node1, role: manager, address: 192.168.99.101}\n"
            + "    - {name: node2, role: worker, address: 192.168.99.102}\n";
    }

    private static ScenarioError refused(String text) throws ScenarioException {
        Scenario s = load(text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioChecks.check(s));
        assertEquals(1, e.errors().size(), e.getMessage());
        return e.errors().get(0);
    }

    @Test
    void aWorkloadsClientTaskMayNotBeDrainedAway() throws Exception {
        ScenarioError e = refused(oneNode(2, "", "") + "  experiments:\n    - name: d\n      timeline:\n        - {at: 30s, drain: node1}\n"
            + "      workloads:\n        - {name: w, from: web.1, client: glibc, url: http://web/, every: 1s, for: 1m}\n");
        assertEquals("p.yaml:18:11", e.location().toString());
        assertEquals("workload 'w' runs from p_web.1, which the time-line of experiment 'd' takes away (drain node1 at 30 s); expected a"
            + " client task the time-line leaves running", e.message());
    }

    @Test
    void anEntryMayNotActOnAReplacementBeforeItStarts() throws Exception {
        // the crash's replacement starts 5 s later; a stop in between would stop a task that then starts anyway
        String timeline = "  experiments:\n    - name: d\n      timeline:\n        - {at: 10s, crash: web.1}\n";
        ScenarioError e = refused(oneNode(2, "", "") + timeline + "        - {at: 12s, stop: web.1}\n");
        assertEquals("p.yaml:17:11", e.location().toString());
        assertEquals("time-line entry 'stop p_web.1 at 12 s' acts on p_web.1#2, which starts only at 15 s (an earlier entry's"
            + " replacement); expected an entry after it has started", e.message());
        assertDoesNotThrow(() -> ScenarioChecks.check(load(oneNode(2, "", "") + timeline + "        - {at: 16s, stop: web.1}\n")));
    }

    @Test
    void anAutomaticSubnetHolds252TasksBesideItsGatewayAndVip() throws Exception {
        assertDoesNotThrow(() -> ScenarioChecks.check(load(oneNode(252, "", ""))));
        ScenarioError e = refused(oneNode(253, "", ""));
        assertEquals("p.yaml:2:3", e.location().toString());
        assertTrue(e.message().startsWith("services.web cannot be allocated: subnet 10.0.0.0/24 has no free address left;"), e.message());
    }

    @Test
    void ingressHoldsWhatItsSlash16LeavesAfterGatewaySandboxesAndVip() throws Exception {
        // 65534 usable: gateway, two ingress_sbox, the service's ingress VIP, then tasks
        String ports = "    ports: [\"8080:80\"]\n";
        assertDoesNotThrow(() -> ScenarioChecks.check(load(oneNode(65530, ports, "11.0.0.0/8"))));
        ScenarioError e = refused(oneNode(65531, ports, "11.0.0.0/8"));
        assertTrue(e.message().contains("subnet 10.255.0.0/16 has no free address left"), e.message());
    }

    @Test
    void dockerGwbridgeOfOneNodeHolds65532Tasks() throws Exception {
        String pinned = oneNode(65532, "", "11.0.0.0/8").replace("    deploy: {", "    deploy: {placement: {constraints: [node.hostname == node1]}, ");
        assertDoesNotThrow(() -> ScenarioChecks.check(load(pinned)));
        ScenarioError e = refused(pinned.replace("replicas: 65532", "replicas: 65533"));
        assertTrue(e.message().contains("node node1's docker_gwbridge subnet 172.18.0.0/16 has no free address left"), e.message());
    }

    @Test
    void aSlash16LeavesNoAutomaticSubnetForTheNextNetwork() throws Exception {
        String text = oneNode(1, "", "10.0.0.0/16");
        String two = text.replace("networks:\n  n:\n", "networks:\n  m:\n    driver: overlay\n  n:\n");
        ScenarioError e = refused(two);
        assertEquals("p.yaml:7:3", e.location().toString());
        assertTrue(e.message().startsWith("networks.m cannot be allocated: no free /24 left in 10.0.0.0/16"), e.message());
    }

    @Test
    void portsPublishedWithoutANumberComeFromSwarmsDynamicRange() throws Exception {
        assertDoesNotThrow(() -> ScenarioChecks.check(load(oneNode(1, "    ports: [\"1-2768\"]\n", ""))));
        ScenarioError e = refused(oneNode(1, "    ports: [\"1-2769\"]\n", ""));
        assertTrue(e.message().contains("no free port left in the dynamic range 30000-32767"), e.message());
    }

    @Test
    void hostNamesAreCheckedWithTheCommands() throws Exception {
        ScenarioError e = refused(oneNode(1, "", "") + "  experiments:\n    - name: x\n      commands:\n"
            + "        - {from: web.1, run: 'curl http://a..b/'}\n");
        assertEquals("p.yaml:16:11", e.location().toString());
        assertTrue(e.message().startsWith("host 'a..b' is not a valid name (empty label"), e.message());
    }
}
