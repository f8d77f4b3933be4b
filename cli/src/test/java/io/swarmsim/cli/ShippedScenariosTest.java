package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The realistic stack files under scenarios/ run their experiments and show what README says they show. */
class ShippedScenariosTest {
    private static List<String> outputs(JsonNode experiment, String command) {
        return E2e.commands(experiment, command.split(" ")[0]).stream().filter(c -> c.get("command").asText().equals(command))
                .map(c -> c.get("output").asText()).toList();
    }

    @Test
    void votingAppSeparatesFrontAndBackNetworks() throws Exception {
        JsonNode e = E2e.runJson("../scenarios/voting-app.yaml", "tiers");
        assertTrue(outputs(e, "curl -s vote | grep \"Processed by\"").stream().allMatch(o -> o.contains("Processed by container ID")));
        assertEquals(List.of(""), outputs(e, "dig +short redis").subList(0, 1), "the client shares no network with redis");
        assertTrue(outputs(e, "dig +short redis").get(1).matches("10\\.0\\.\\d+\\.\\d+\n"), "the worker does");
        // four requests from the client and two through the routing mesh from manager1, round robin
        assertEquals(Map.of("vote.1", 3, "vote.2", 3), Map.of("vote.1", e.get("distribution").get("vote.1").asInt(),
                "vote.2", e.get("distribution").get("vote.2").asInt()));
    }

    @Test
    void globalProxyWithHostPortsAnswersOnItsOwnNode() throws Exception {
        JsonNode e = E2e.runJson("../scenarios/proxy-global.yaml", "host-mode");
        List<String> served = E2e.commands(e, "curl").stream().map(c -> c.get("served_by").asText()).toList();
        assertEquals("proxy.1", served.get(0));
        assertEquals("proxy.2", served.get(1));
        assertEquals(3, served.subList(2, 5).stream().distinct().count(), "the VIP round-robins over the three whoami tasks: " + served);
    }

    @Test
    void anchorsMergeKeysAndVariablesShapeTheStack() throws Exception {
        JsonNode e = E2e.runJson("../scenarios/anchors-merge.yaml", "merged");
        assertEquals(4, e.get("distribution").get("vote.1").asInt() + e.get("distribution").get("vote.2").asInt(), "VOTE_REPLICAS unset: 2 tasks");
        assertTrue(outputs(e, "curl -s web | grep title").get(0).contains("Welcome to nginx!"));
        E2e.Result ps = E2e.sim("exec", "../scenarios/anchors-merge.yaml", "--experiment", "merged", "node1", "--", "docker", "service", "tasks", "vote");
        assertTrue(ps.out().contains("node2") && !ps.out().contains("node1 "), "the merged placement keeps vote on the worker:\n" + ps.all());
    }

    @Test
    void jobsAndNodeLabelsPlaceTasks() throws Exception {
        JsonNode e = E2e.runJson("../scenarios/jobs-labels.yaml", "placement");
        List<String> api = outputs(e, "curl -s api:8080");
        assertTrue(api.stream().allMatch(o -> o.matches("api api\\.\\d on worker[12]\n")), api.toString());
        assertEquals("curl: (52) Empty reply from server\n", outputs(e, "curl -s db:5432").get(0));
        E2e.Result ps = E2e.sim("exec", "../scenarios/jobs-labels.yaml", "--experiment", "placement", "manager1", "--", "docker", "service", "ps", "db");
        assertTrue(ps.out().contains("worker2"), "db runs on the ssd node:\n" + ps.all());
    }
}
