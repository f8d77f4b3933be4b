package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host-mode published ports (no routing mesh, the client's address kept) and ports the manager numbers. */
class HostModeAndDynamicPortTest {
    private static final String HOST_MODE = "src/test/resources/scenarios/hostmode113.yaml";

    @Test
    void aHostModePortReachesTheTaskOnItsNodeAndKeepsTheClientAddress() {
        E2e.Result r = sim("run", HOST_MODE);
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("node1 # curl 192.168.99.102:8081 | grep -i \"container id\"\n          Processed by container ID "), r.out());
        assertTrue(r.out().contains("vote.1 saw the connection come from 192.168.99.101 (node node1)"), r.out());
        E2e.Result nat = sim("exec", HOST_MODE, "node2", "--", "iptables", "-S", "-t", "nat");
        assertEquals(0, nat.code(), nat.all());
        assertTrue(nat.out().contains("-A DOCKER ! -i docker_gwbridge -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.3:80"), nat.out());
        E2e.Result filter = sim("exec", HOST_MODE, "node2", "--", "iptables", "-S");
        assertTrue(filter.out().contains("-P FORWARD DROP\n"), filter.out());
        assertTrue(filter.out().contains("-A DOCKER -d 172.18.0.3/32 ! -i docker_gwbridge -o docker_gwbridge -p tcp -m tcp --dport 80 -j ACCEPT"), filter.out());
        assertFalse(nat.out().contains("DOCKER-INGRESS"), "no routing mesh for host mode: " + nat.out());
    }

    @Test
    void aPortWithoutPublishedNumberGetsOneFrom30000(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("../scenarios/vote.yaml")).replace("            - \"8080:80\"", "            - \"80\"");
        Path file = dir.resolve("dyn.yaml");
        Files.writeString(file, text);
        String nat = E2e.exec(file.toString(), "mesh", "node1", "iptables", "-S", "-t", "nat");
        assertTrue(nat.contains("-A DOCKER-INGRESS -p tcp -m tcp --dport 30000 -j DNAT --to-destination 172.18.0.2:30000"), nat);
    }
}
