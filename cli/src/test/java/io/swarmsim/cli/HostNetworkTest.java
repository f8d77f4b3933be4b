package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service on the external network {@code host}: its tasks run in their nodes' own namespaces (scenarios/host-network.yaml). */
class HostNetworkTest {
    private static final String FILE = "../scenarios/host-network.yaml";

    @Test
    void tasksServeOnTheirNodesAddressesAndHaveNoNameOfTheirOwn() {
        E2e.Result r = sim("run", FILE);
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("container 99114e535b2d  host network (node1's own namespace)\n"), r.out());
        assertFalse(r.out().contains("host-network_exporter, exporter"), "no DNS record: " + r.out());
        assertTrue(r.out().contains("host-network_client.1 # curl -s 192.168.99.102:9100\nexporter host-network_exporter."), r.out());
        assertTrue(r.out().contains(" on node2\nIP: 127.0.0.1\nIP: 192.168.99.102\nIP: 172.17.0.1\nIP: 172.18.0.1\n"), r.out());
        assertTrue(r.out().contains("host-network_exporter.node1 # curl client\ncurl: (6) Could not resolve host: client\n"), r.out());
        assertTrue(r.out().contains("no DNS query: client is asked in a node's own namespace"), r.out());
        E2e.Result inspect = sim("exec", FILE, "node1", "--", "docker", "inspect", "99114e535b2d");
        assertTrue(inspect.out().contains("\"SandboxKey\": \"/var/run/docker/netns/default\""), inspect.out());
        assertTrue(inspect.out().contains("\"Networks\": {\n                \"host\": {"), inspect.out());
        E2e.Result addr = sim("exec", FILE, "exporter.node1", "--", "ip", "-4", "addr");
        assertTrue(addr.out().contains("inet 192.168.99.101/24"), "the task is in its node's namespace: " + addr.out());
    }

    @Test
    void dockerBefore1706RefusesItAsDockerStackDeployDid(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("old.yaml");
        Files.writeString(f, Files.readString(Path.of(FILE)).replace("docker_version: \"18.06\"", "docker_version: \"17.03\""));
        E2e.Result r = sim("run", f.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("old.yaml:8:16: network \"host\" is declared as external, but it is not in the right scope:"
                + " \"local\" instead of \"swarm\""), r.err());
    }

    @Test
    void theHostNetworkJoinsNoOtherNetworkAndPublishesNoIngressPort(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mixed.yaml");
        Files.writeString(f, Files.readString(Path.of(FILE)).replace("    networks: [hostnet]\n",
                "    networks: [hostnet, back]\n    ports: [\"9100:9100\"]\n"));
        E2e.Result r = sim("run", f.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("mixed.yaml:8:16: services.exporter joins the host network and 1 other network(s)"), r.err());
        assertTrue(r.err().contains("services.exporter is on the host network and publishes port 9100 in ingress mode"), r.err());
    }

    @Test
    void twoTasksOnOnePortOfOneNodeAndTimeLineEntriesForThemAreRefused(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(FILE)).replace("      mode: global", "      replicas: 3")
                .replace("from: exporter.node1", "from: exporter.1");
        Path three = dir.resolve("three.yaml");
        Files.writeString(three, text);
        E2e.Result r = sim("run", three.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("three.yaml:6:3: services.exporter: tasks three_exporter.1 and three_exporter.3 would both listen"
                + " on port 9100 in node1's own namespace (host network)"), r.err());
        Path crash = dir.resolve("crash.yaml");
        Files.writeString(crash, text.replace("      replicas: 3", "      replicas: 2").replace("      commands:\n",
                "      timeline:\n        - {at: 10s, crash: exporter.1}\n      commands:\n"));
        E2e.Result c = sim("run", crash.toString());
        assertEquals(2, c.code(), c.all());
        assertTrue(c.err().contains("time-line entry 'crash crash_exporter.1' acts on a task on the host network"), c.err());
    }

    @Test
    void aNetworkCreatedUnderThePredefinedNameHostIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("own.yaml");
        Files.writeString(f, Files.readString(Path.of(FILE)).replace("    external: true\n    name: host\n", "    name: host\n"));
        E2e.Result r = sim("run", f.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("own.yaml:19:3: \"host\" is a pre-defined network and cannot be created"), r.err());
    }
}
