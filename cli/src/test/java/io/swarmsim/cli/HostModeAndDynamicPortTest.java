package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host-mode published ports (no routing mesh, the client's address kept) and ports the manager numbers. */
class HostModeAndDynamicPortTest {
    @Test
    void aHostModePortReachesTheTaskOnItsNodeAndKeepsTheClientAddress() {
        String[] r = GenerateAndBenchTest.run("run", "src/test/resources/scenarios/hostmode113.yaml");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("node1 # curl 192.168.99.102:8081 | grep -i \"container id\"\n          Processed by container ID "), r[1]);
        assertTrue(r[1].contains("vote.1 saw the connection come from 192.168.99.101 (node node1)"), r[1]);
        String nat = GenerateAndBenchTest.run("exec", "src/test/resources/scenarios/hostmode113.yaml", "node2", "--", "iptables", "-S", "-t", "nat")[1];
        assertTrue(nat.contains("-A DOCKER -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.3:80"), nat);
        assertTrue(!nat.contains("DOCKER-INGRESS"), "no routing mesh for host mode: " + nat);
    }

    @Test
    void aPortWithoutPublishedNumberGetsOneFrom30000(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("../scenarios/vote.yaml")).replace("            - \"8080:80\"", "            - \"80\"");
        Path file = dir.resolve("dyn.yaml");
        Files.writeString(file, text);
        String nat = GenerateAndBenchTest.run("exec", file.toString(), "--experiment", "mesh", "node1", "--", "iptables", "-S", "-t", "nat")[1];
        assertTrue(nat.contains("-A DOCKER-INGRESS -p tcp -m tcp --dport 30000 -j DNAT --to-destination 172.18.0.2:30000"), nat);
    }
}
