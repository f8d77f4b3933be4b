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
        assertTrue(r.out().contains(", hostname node2\nIP: 127.0.0.1\nIP: 192.168.99.102\nIP: 172.17.0.1\nIP: 172.18.0.1\n"), r.out());
        assertTrue(r.out().contains("host-network_exporter.node1 # curl client\ncurl: (6) Could not resolve host: client\n"), r.out());
        assertTrue(r.out().contains("no DNS query: client is asked outside a container (no embedded DNS here)"), r.out());
        E2e.Result inspect = sim("exec", FILE, "node1", "--", "docker", "inspect", "99114e535b2d");
        assertTrue(inspect.out().contains("\"SandboxKey\": \"/var/run/docker/netns/default\""), inspect.out());
        assertTrue(inspect.out().contains("\"Hostname\": \"node1\""), "a container on the host network has its node's hostname: " + inspect.out());
        assertTrue(inspect.out().contains("\"Networks\": {\n                \"host\": {"), inspect.out());
        assertEquals("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n",
                sim("exec", FILE, "exporter.node1", "--", "cat", "/etc/hosts").out(), "the node's own file");
        assertTrue(sim("exec", FILE, "node2", "--", "curl", "-s", "localhost:9100").out().startsWith("exporter host-network_exporter."),
                "localhost from the node's /etc/hosts reaches the exporter in its namespace");
        E2e.Result addr = sim("exec", FILE, "exporter.node1", "--", "ip", "-4", "addr");
        assertTrue(addr.out().contains("inet 192.168.99.101/24"), "the task is in its node's namespace: " + addr.out());
    }

    /** Runs host-network.yaml as {@code text} in {@code dir/name}; it must exit 2 with a message; returns stderr. */
    private static String refused(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        E2e.Result r = sim("run", f.toString());
        assertEquals(2, r.code(), r.all());
        return r.err();
    }

    private static String file() throws Exception {
        return Files.readString(Path.of(FILE));
    }

    @Test
    void dockerBefore1706RefusesItAsDockerStackDeployDid(@TempDir Path dir) throws Exception {
        String err = refused(dir, "old.yaml", file().replace("docker_version: \"18.06\"", "docker_version: \"17.03\""));
        assertTrue(err.contains("old.yaml:8:16: network \"host\" is declared as external, but it is not in the right scope:"
                + " \"local\" instead of \"swarm\""), err);
    }

    @Test
    void theHostNetworkJoinsNoOtherNetworkAndPublishesNoIngressPort(@TempDir Path dir) throws Exception {
        String err = refused(dir, "mixed.yaml", file().replace("    networks: [hostnet]\n",
                "    networks: [hostnet, back]\n    ports: [\"9100:9100\"]\n"));
        assertTrue(err.contains("mixed.yaml:8:16: services.exporter joins the host network and 1 other network(s)"), err);
        assertTrue(err.contains("services.exporter is on the host network and publishes port 9100 in ingress mode"), err);
    }

    @Test
    void twoTasksOnOnePortOfOneNodeAndTimeLineEntriesForThemAreRefused(@TempDir Path dir) throws Exception {
        String text = file().replace("      mode: global", "      replicas: 3").replace("from: exporter.node1", "from: exporter.1");
        String three = refused(dir, "three.yaml", text);
        assertTrue(three.contains("three.yaml:6:3: services.exporter: tasks three_exporter.1 and three_exporter.3 would both listen"
                + " on port 9100 in node1's own namespace (host network)"), three);
        String crash = refused(dir, "crash.yaml", text.replace("      replicas: 3", "      replicas: 2").replace("      commands:\n",
                "      timeline:\n        - {at: 10s, crash: exporter.1}\n      commands:\n"));
        assertTrue(crash.contains("time-line entry 'crash crash_exporter.1' acts on a task on the host network"), crash);
        String scale = refused(dir, "scale.yaml", text.replace("      replicas: 3", "      replicas: 2").replace("      commands:\n",
                "      timeline:\n        - {at: 10s, scale: exporter, replicas: 1}\n      commands:\n"));
        assertTrue(scale.contains("time-line entry 'scale scale_exporter to 1' acts on a task on the host network"), scale);
    }

    @Test
    void aNetworkCreatedUnderThePredefinedNameHostIsRefused(@TempDir Path dir) throws Exception {
        String err = refused(dir, "own.yaml", file().replace("    external: true\n    name: host\n", "    name: host\n"));
        assertTrue(err.contains("own.yaml:19:3: \"host\" is a pre-defined network and cannot be created"), err);
    }
}
