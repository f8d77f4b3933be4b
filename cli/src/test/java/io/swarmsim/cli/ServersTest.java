package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any service can serve: catalogue defaults, servers declared per image and per service, and the reason when none listens. */
class ServersTest {
    private static final String SCENARIO = E2e.SCENARIOS + "servers.yaml";
    private static final Map<String, JsonNode> BY_COMMAND = new HashMap<>();
    private static JsonNode experiment;

    @BeforeAll
    static void run() throws Exception {
        experiment = E2e.runJson(SCENARIO, "serve");
        experiment.get("commands").forEach(c -> BY_COMMAND.put(c.get("command").asText(), c));
    }

    private static JsonNode command(String line) {
        return BY_COMMAND.get(line);
    }

    @Test
    void catalogueImagesAnswerOnTheirDefaultPorts() {
        assertTrue(command("curl -s web").get("output").asText().contains("<h1>Welcome to nginx!</h1>"));
        assertEquals("servers_web.1", command("curl -s web").get("served_by").asText());
        assertEquals("-ERR wrong number of arguments for 'get' command\r\n", command("curl -s --http0.9 cache:6379").get("output").asText());
        assertEquals("curl: (52) Empty reply from server\n", command("curl db:5432").get("output").asText());
    }

    @Test
    void whoamiPrintsItsHostnameAddressesAndThePeerItSaw() {
        String out = command("curl -s who").get("output").asText();
        String served = command("curl -s who").get("served_by").asText();
        assertTrue(out.matches("(?s)Hostname: [0-9a-f]{12}\nIP: 127\\.0\\.0\\.1\nIP: 10\\.0\\.9\\.\\d+\nIP: 172\\.18\\.0\\.\\d+\n.*"), out);
        String id = out.substring("Hostname: ".length(), "Hostname: ".length() + 12);
        String ps = E2e.exec(SCENARIO, "serve", "node1", "docker", "ps") + E2e.exec(SCENARIO, "serve", "node2", "docker", "ps");
        assertTrue(ps.lines().anyMatch(l -> l.startsWith(id) && l.contains(served + ".")), "the hostname is the serving container's ID:\n" + ps);
        // Docker 18.06: the node's load balancer SNATs, so whoami sees the lb_ sandbox's address, not the client's
        assertTrue(out.contains("RemoteAddr: 10.0.9.3:"), out);
        assertTrue(out.endsWith("GET / HTTP/1.1\r\nHost: who\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n"), out);
    }

    @Test
    void serversDeclaredPerImageAndPerServiceUseTheirTemplates() {
        String api = command("curl -s api:8080").get("output").asText();
        assertTrue(api.matches("api servers_api\\.1 on node\\d, container [0-9a-f]{12}\n"), api);
        assertEquals("ready\n", command("curl -s --http0.9 worker:9000").get("output").asText());
    }

    @Test
    void aRefusalForLackOfAServerSaysSoNamingTheImageAndTheKey() {
        JsonNode mystery = command("curl mystery");
        // the client runs debian:12, whose curl 7.88 words a refused connect so (issue 11, point 14)
        assertEquals("curl: (7) Failed to connect to mystery port 80 after 0 ms: Couldn't connect to server\n", mystery.get("output").asText());
        assertTrue(mystery.get("reason").asText().contains("no server listens on port 80: in the simulation, image example/unknown:2 serves nothing;"
                + " declare what it serves with x-sim.images.\"example/unknown\".serves or x-sim.services.mystery.serves"), mystery.toString());
        JsonNode worker = command("curl -s worker:8080");
        assertTrue(worker.get("reason").asText().contains("the tasks of servers_worker serve only on port 9000 (x-sim.services.worker.serves); add port 8080 there"),
                worker.toString());
    }

    @Test
    void everyServingTaskIsCountedAndNoOtherOne() {
        JsonNode d = experiment.get("distribution");
        assertEquals(7, d.size(), d.toString());
        assertTrue(!d.has("client.1") && !d.has("mystery.1"), d.toString());
    }

    @Test
    void aServerWithoutAPortIsALocatedError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "version: \"3.8\"\nservices:\n  a:\n    image: x\nx-sim:\n  services:\n    a:\n      serves:\n        - protocol: tcp\n");
        E2e.Result r = E2e.sim("run", f.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().startsWith(f + ":9:11: missing key 'port' under x-sim.services.a.serves[0]"), r.all());
    }
}
