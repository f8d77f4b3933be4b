package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * scenarios/aliases-hosts.yaml on real namespaces, as root: the container files the desired state
 * gives (/etc/hosts with the service's extra_hosts, resolv.conf with its search domain) are read by
 * the machine's glibc, curl and getent, and every command agrees with the model: aliases answer in
 * the DNS, an extra host only in the file (real dig does not find it, real getent and curl do), a
 * name the DNS cannot answer is retried with the search domain and ends in curl's (6), and curl 7.88
 * takes redis's answer only with --http0.9.
 */
class NamesLiveTest {
    private MachineState before;

    @BeforeEach
    void machine() {
        LiveAssumptions.assumeLive(IptablesBackend.NFT);
        before = MachineState.capture();
    }

    @Test
    void extraHostsAliasesAndTheSearchListAgreeWithTheRealCLibrary() throws Exception {
        Path file = Fixtures.VOTE.resolveSibling("aliases-hosts.yaml");
        // and curl -v, whose info, request and response-header lines a terminal shows around the body
        String text = java.nio.file.Files.readString(file).replace("        - {from: app.1, run: curl nosuch}\n",
                "        - {from: app.1, run: curl nosuch}\n        - {from: app.1, run: curl -v api.internal | grep Hostname}\n"
                        + "        - {from: app.1, run: curl -sv nosuch}\n        - {from: app.1, run: nslookup sessions}\n"
                        + "        - {from: app.1, run: nslookup tasks.api}\n        - {from: app.1, run: nslookup nosuch}\n");
        Scenario s = ScenarioLoader.parse(text, file, java.util.Map.of());
        LiveReport r = LiveRun.run(Session.open(s, Optional.of("names"), s.sim().seed()), "aliases-hosts.yaml", LiveOptions.defaults());
        List<CommandComparison.Pair> pairs = r.commands().pairs();
        assertTrue(pairs.stream().allMatch(CommandComparison.Pair::agrees), r.text());
        assertEquals(14, pairs.size(), r.text());
        assertEquals("Server:\t\t127.0.0.11\nAddress:\t127.0.0.11#53\n\nNon-authoritative answer:\nName:\tsessions\nAddress: 10.0.20.7\n\n",
                pair(pairs, "nslookup sessions").realOutput(), "BIND 9.18's nslookup, for real");
        String verbose = pair(pairs, "curl -v api.internal | grep Hostname").realOutput();
        assertTrue(verbose.startsWith("*   Trying 10.0.20.2:80...\n* Connected to api.internal (10.0.20.2) port 80 (#0)\n"
                + "> GET / HTTP/1.1\n> Host: api.internal\n> User-Agent: curl/7.88.1\n> Accept: */*\n> \n< HTTP/1.1 200 OK\n"), verbose);
        assertTrue(verbose.matches("(?s).*\n< \nHostname: [0-9a-f]{12}\n\\* Closing connection 0\n"), verbose);
        assertEquals("* Could not resolve host: nosuch\n* Closing connection 0\n", pair(pairs, "curl -sv nosuch").realOutput());
        assertEquals(List.of("10.0.20.2 api.internal"), realKey(pairs, "getent hosts api.internal"), r.text());
        assertEquals(List.of("192.168.99.102 legacy-db"), realKey(pairs, "getent hosts legacy-db"), r.text());
        assertEquals("", pair(pairs, "dig +short api.internal").realOutput(), "real dig does not read /etc/hosts either: " + r.text());
        assertEquals("curl: (6) Could not resolve host: nosuch\n", pair(pairs, "curl nosuch").realOutput(), r.text());
        assertTrue(r.views().agrees(), r.text());
        before.assertSameAs(MachineState.capture());
    }

    /**
     * scenarios/host-network.yaml: the exporters of a service on the host network serve in their
     * nodes' own namespaces; a client on an overlay reaches them through the nodes' addresses (its own
     * node's through docker_gwbridge, the other's over the underlay), a command in an exporter's task
     * runs in its node's namespace, and no name of the service resolves.
     */
    @Test
    void tasksOnTheHostNetworkServeInTheirNodesNamespaces() throws Exception {
        Path file = Fixtures.VOTE.resolveSibling("host-network.yaml");
        Scenario s = ScenarioLoader.load(file);
        LiveReport r = LiveRun.run(Session.open(s, Optional.of("host-network"), s.sim().seed()), "host-network.yaml", LiveOptions.defaults());
        List<CommandComparison.Pair> pairs = r.commands().pairs();
        assertEquals(6, pairs.size(), r.text());
        assertTrue(pairs.stream().allMatch(CommandComparison.Pair::agrees), r.text());
        assertTrue(pairs.get(0).realOutput().startsWith("exporter host-network_exporter."), r.text());
        assertTrue(pairs.get(0).realOutput().contains(", hostname node2\nIP: 127.0.0.1\nIP: 192.168.99.102\n"), r.text());
        assertEquals("curl: (6) Could not resolve host: client\n", pairs.get(4).realOutput(), r.text());
        assertTrue(r.views().agrees(), r.text());
        before.assertSameAs(MachineState.capture());
    }

    private static CommandComparison.Pair pair(List<CommandComparison.Pair> pairs, String command) {
        return pairs.stream().filter(p -> p.command().equals(command)).findFirst().orElseThrow();
    }

    private static List<String> realKey(List<CommandComparison.Pair> pairs, String command) {
        return pair(pairs, command).realKey().stream().map(k -> String.join(" ", k.strip().split("\\s+"))).toList();
    }
}
