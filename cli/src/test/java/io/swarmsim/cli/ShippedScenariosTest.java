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
        assertEquals(Map.of("voting-app_vote.1", 3, "voting-app_vote.2", 3), Map.of(
                "voting-app_vote.1", e.get("distribution").get("voting-app_vote.1").asInt(),
                "voting-app_vote.2", e.get("distribution").get("voting-app_vote.2").asInt()));
    }

    @Test
    void globalProxyWithHostPortsAnswersOnItsOwnNode() throws Exception {
        JsonNode e = E2e.runJson("../scenarios/proxy-global.yaml", "host-mode");
        List<String> served = E2e.commands(e, "curl").stream().map(c -> c.get("served_by").asText()).toList();
        // a global service's tasks are named after their node's ID, as docker service ps shows them
        assertEquals(taskOn(e, "proxy-global_proxy", "node1"), served.get(0));
        assertEquals(taskOn(e, "proxy-global_proxy", "node2"), served.get(1));
        assertTrue(served.get(0).matches("proxy-global_proxy\\.[0-9a-z]{25}"), served.get(0));
        assertEquals(3, served.subList(2, 5).stream().distinct().count(), "the VIP round-robins over the three whoami tasks: " + served);
    }

    /** The name of {@code service}'s task on {@code node}, from the report's cluster. */
    private static String taskOn(JsonNode experiment, String service, String node) {
        for (JsonNode s : experiment.get("cluster").get("services")) {
            for (JsonNode t : s.get("tasks")) {
                if (s.get("name").asText().equals(service) && t.get("node").asText().equals(node)) {
                    return t.get("name").asText();
                }
            }
        }
        throw new AssertionError("no task of " + service + " on " + node);
    }

    @Test
    void anchorsMergeKeysAndVariablesShapeTheStack() throws Exception {
        JsonNode e = E2e.runJson("../scenarios/anchors-merge.yaml", "merged");
        assertEquals(4, e.get("distribution").get("anchors-merge_vote.1").asInt() + e.get("distribution").get("anchors-merge_vote.2").asInt(),
                "VOTE_REPLICAS unset: 2 tasks");
        assertTrue(outputs(e, "curl -s web | grep title").get(0).contains("Welcome to nginx!"));
        E2e.Result ps = E2e.sim("exec", "../scenarios/anchors-merge.yaml", "--experiment", "merged", "node1", "--", "docker", "service", "tasks", "anchors-merge_vote");
        assertTrue(ps.out().contains("node2") && !ps.out().contains("node1 "), "the merged placement keeps vote on the worker:\n" + ps.all());
    }

    @Test
    void jobsAndNodeLabelsPlaceTasks() throws Exception {
        JsonNode e = E2e.runJson("../scenarios/jobs-labels.yaml", "placement");
        List<String> api = outputs(e, "curl -s api:8080");
        assertTrue(api.stream().allMatch(o -> o.matches("api jobs-labels_api\\.[0-9a-z]{25} on worker[12]\n")), api.toString());
        assertEquals("curl: (52) Empty reply from server\n", outputs(e, "curl db:5432").get(0));
        E2e.Result ps = E2e.sim("exec", "../scenarios/jobs-labels.yaml", "--experiment", "placement", "manager1", "--", "docker", "service", "ps", "jobs-labels_db");
        assertTrue(ps.out().contains("worker2"), "db runs on the ssd node:\n" + ps.all());
    }

    @Test
    void aliasesAnswerInDnsExtraHostsOnlyInTheFileAndTheSearchListRetries() throws Exception {
        JsonNode e = E2e.runJson("../scenarios/aliases-hosts.yaml", "names");
        assertEquals(List.of("10.0.20.7\n"), outputs(e, "dig +short sessions"), "the alias resolves to the cache's VIP");
        assertEquals(List.of("10.0.20.8\n"), outputs(e, "dig +short tasks.sessions"));
        assertEquals(List.of("-ERR wrong number of arguments for 'get' command\r\n"), outputs(e, "curl -s --http0.9 sessions:6379"));
        assertEquals(List.of(""), outputs(e, "dig +short api.internal"), "dig asks the DNS, which does not know the extra host");
        assertEquals(List.of("10.0.20.2       api.internal\n"), outputs(e, "getent hosts api.internal"));
        assertTrue(outputs(e, "curl -s api.internal | grep Hostname").stream().distinct().count() == 2,
                "api.internal is the API's VIP: round robin over both tasks");
        assertEquals(List.of("192.168.99.102  legacy-db\n"), outputs(e, "getent hosts legacy-db"));
        JsonNode nosuch = E2e.commands(e, "curl").stream().filter(c -> c.get("command").asText().equals("curl nosuch")).findFirst().orElseThrow();
        assertEquals("curl: (6) Could not resolve host: nosuch\n", nosuch.get("output").asText());
        assertTrue(nosuch.get("reason").asText().contains("tries nosuch.corp.example"), nosuch.toString());
        String hosts = E2e.exec("../scenarios/aliases-hosts.yaml", "names", "app.1", "cat", "/etc/hosts");
        assertTrue(hosts.contains("10.0.20.2\tapi.internal\n192.168.99.102\tlegacy-db\n10.0.20.10\t"), hosts);
    }
}
