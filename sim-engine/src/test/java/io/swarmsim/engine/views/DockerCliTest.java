package io.swarmsim.engine.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DockerVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Goldens on vote.yaml's dnsrr cluster, errors, the later layouts and VirtualIPs. */
class DockerCliTest {
    private static final Duration UP = Duration.ofHours(2);
    private final Cluster dnsrr = Clusters.dnsrr();

    private CliResult run(Cluster c, String node, String version, String line) {
        return new DockerCli(c, node, DockerVersion.parse(version), UP).run(line);
    }

    @ParameterizedTest
    @CsvSource({
        "1.12, node1, node ls, 1.12-node-ls.txt",
        "1.12, node1, service ls, 1.12-service-ls.txt",
        "1.12, node1, service tasks vote, 1.12-service-tasks-vote.txt",
        "1.12, node1, service tasks client, 1.12-service-tasks-client.txt",
        "1.12, node1, ps, 1.12-ps-node1.txt",
        "1.12, node2, ps, 1.12-ps-node2.txt",
        "1.13, node1, node ls, 1.13-node-ls.txt",
        "1.13, node1, service ls, 1.13-service-ls.txt",
        "1.13, node1, service ps vote, 1.13-service-ps-vote.txt",
        "1.13, node2, ps, 1.13-ps-node2.txt",
        "17.06, node1, node ls, 17.06-node-ls.txt",
        "17.06, node1, service ls, 17.06-service-ls.txt",
        "17.06, node1, service ps vote, 17.06-service-ps-vote.txt",
        "17.06, node2, ps, 17.06-ps-node2.txt",
    })
    void goldens(String version, String node, String command, String golden) {
        CliResult r = run(dnsrr, node, version, command);
        assertEquals(0, r.exitStatus(), r.text());
        assertEquals(Clusters.golden(golden), r.stdout());
    }

    @Test
    void inspectGolden() {
        String id = dnsrr.task("vote.1").orElseThrow().shortContainerId();
        assertEquals(Clusters.golden("1.12-inspect-vote.1.json"), run(dnsrr, "node2", "1.12", "inspect " + id).stdout());
    }

    @Test
    void inspectByFullIdPrefixAndName() {
        Cluster.Task t = dnsrr.task("vote.2").orElseThrow();
        String byPrefix = run(dnsrr, "node2", "1.12", "inspect " + t.containerId().substring(0, 5)).stdout();
        assertEquals(byPrefix, run(dnsrr, "node2", "1.12", "inspect " + t.containerId()).stdout());
        assertEquals(byPrefix, run(dnsrr, "node2", "1.12", "inspect " + t.containerName()).stdout());
        assertTrue(byPrefix.startsWith("[\n    {\n        \"Id\": \"" + t.containerId() + "\",\n"), byPrefix);
    }

    @Test
    void workerRefusesSwarmCommands() {
        for (String c : List.of("node ls", "service ls", "service tasks vote", "service inspect --format {{.Endpoint.VirtualIPs}} vote")) {
            CliResult r = run(dnsrr, "node2", "1.12", c);
            assertEquals(1, r.exitStatus(), c);
            assertEquals("", r.stdout());
            assertEquals("Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify "
                    + "cluster state. Please run this command on a manager node or promote the current node to a manager.\n", r.stderr());
        }
    }

    @Test
    void unknownContainer() {
        String otherNode = dnsrr.task("client.1").orElseThrow().shortContainerId();
        CliResult r = run(dnsrr, "node2", "1.12", "inspect " + otherNode);
        assertEquals(1, r.exitStatus());
        assertEquals("[]\n", r.stdout());
        assertEquals("Error: No such image, container or task: " + otherNode + "\n", r.stderr());
        assertEquals("Error: No such object: deadbeef\n", run(dnsrr, "node2", "17.06", "inspect deadbeef").stderr());
    }

    @Test
    void unknownServiceAndSubcommands() {
        CliResult r = run(dnsrr, "node1", "1.12", "service tasks nosuch");
        assertEquals(1, r.exitStatus());
        assertEquals("Error response from daemon: service nosuch not found\n", r.stderr());
        assertEquals("Error: no such service: nosuch\n", run(dnsrr, "node1", "1.12", "service inspect --format {{.ID}} nosuch").stderr());
        assertEquals("docker: 'service ps' is not a docker command.\nSee 'docker service --help'.\n",
                run(dnsrr, "node1", "1.12", "service ps vote").stderr());
        assertEquals("docker: 'service tasks' is not a docker command.\nSee 'docker service --help'.\n",
                run(dnsrr, "node1", "1.13", "service tasks vote").stderr());
    }

    @Test
    void unsupportedCommandsListWhatIsSupported() {
        for (List<String> words : List.of(List.<String>of(), List.of("network", "rm", "x"), List.of("service", "inspect", "vote"),
                List.of("service", "inspect", "--format", "{{json .Spec}}", "vote"), List.of("ps", "-a"))) {
            CliResult r = new DockerCli(dnsrr, "node1", UP).run(words);
            assertEquals(1, r.exitStatus(), words.toString());
            assertTrue(r.stderr().contains("is not simulated. Supported: docker node ls"), r.stderr());
        }
    }

    @Test
    void serviceIdPrefixResolves() {
        String id = dnsrr.service("vote").orElseThrow().id();
        assertEquals(run(dnsrr, "node1", "1.12", "service tasks vote").stdout(),
                run(dnsrr, "node1", "1.12", "service tasks " + id.substring(0, 6)).stdout());
    }

    @Test
    void virtualIpsInVipAndDnsrrModes() {
        Cluster vip = Clusters.vip();
        String net = vip.network("overlay1").orElseThrow().id();
        CliResult vote = new DockerCli(vip, "node1", UP).run(List.of("service", "inspect", "--format", "{{.Endpoint.VirtualIPs}}", "vote"));
        assertEquals("[{" + net + " 10.0.0.4/24}]\n", vote.stdout());
        assertEquals("[{" + net + " 10.0.0.2/24}]\n", new DockerCli(vip, "node1", UP).run("docker service inspect --format={{.Endpoint.VirtualIPs}} client").stdout());
        assertEquals("[]\n", run(dnsrr, "node1", "1.12", "service inspect -f {{.Endpoint.VirtualIPs}} vote").stdout());
        assertEquals("vip\nvip\n", new DockerCli(vip, "node1", UP).run("service inspect -f {{.Spec.EndpointSpec.Mode}} vote client").stdout());
        assertEquals("dnsrr\n", run(dnsrr, "node1", "1.12", "service inspect -f {{.Spec.EndpointSpec.Mode}} vote").stdout());
    }

    @Test
    void pendingTasksShowDockersCutErrorAndCountAgainstTheReplicas() throws Exception {
        io.swarmsim.engine.scenario.Scenario s = io.swarmsim.engine.scenario.ScenarioLoader.parse("""
                services:
                  db:
                    image: postgres:16
                    deploy: {replicas: 2, placement: {constraints: [node.hostname == node1]}}
                  web:
                    image: nginx:1.25
                    ports: [{target: 80, published: 8080, mode: host}]
                    deploy: {replicas: 2, placement: {constraints: [node.hostname == node1]}}
                x-sim:
                  docker_version: "17.06"
                  nodes: [{name: node1, role: manager, address: 192.168.99.101}]
                """, Path.of("p.yaml"));
        Cluster c = new io.swarmsim.engine.sim.Simulation(s, s.services(), 1).cluster();
        DockerCli cli = new DockerCli(c, "node1", UP);
        String ps = cli.run("service ps p_web").stdout();
        List<String> rows = ps.lines().toList();
        assertEquals(3, rows.size(), ps);
        assertTrue(rows.get(1).matches("\\w{12} +p_web\\.1 +nginx:1\\.25 +node1 +Running +Running 2 hours ago +\\*:8080->80/tcp"), ps);
        assertTrue(rows.get(2).matches("\\w{12} +p_web\\.2 +nginx:1\\.25 +Running +Pending 2 hours ago +\"no suitable node \\(host-mode p\u2026\" *"), ps);
        assertEquals("\"no suitable node (scheduling \u2026\"", TaskListView.error("no suitable node (scheduling constraints not satisfied on 1 node)"));
        assertEquals("\"short\"", TaskListView.error("short"));
        String ls = cli.run("service ls").stdout();
        assertTrue(ls.contains(" 2/2 ") && ls.contains(" 1/2 "), ls);
    }

    @Test
    void networkLsListsTheDaemonsLocalNetworksAndTheSwarmsSortedByName() throws Exception {
        Cluster vip = Clusters.vip();
        String modern = new DockerCli(vip, "node1", DockerVersion.parse("17.06"), UP).run("network ls").stdout();
        List<String> rows = modern.lines().toList();
        assertEquals("NETWORK ID          NAME                DRIVER              SCOPE", rows.get(0));
        assertEquals(List.of("bridge", "docker_gwbridge", "host", "ingress", "none", "overlay1"),
                rows.subList(1, rows.size()).stream().map(r -> r.split("\\s+")[1]).toList());
        String overlay = vip.network("overlay1").orElseThrow().id().substring(0, 12);
        assertEquals(overlay + "        overlay1            overlay             swarm", rows.get(6));
        assertTrue(rows.get(1).matches("[0-9a-f]{12} {8}bridge {14}bridge {14}local"), rows.get(1));
        String legacy = run(vip, "node1", "1.12", "network ls").stdout();
        assertTrue(legacy.lines().skip(1).allMatch(l -> l.endsWith("   ") && l.length() == 80), "1.12 ends each row with a tab:\n" + legacy);
        assertEquals(modern.lines().skip(1).map(l -> l.split("\\s+")[0]).toList(),
                new DockerCli(vip, "node1", DockerVersion.parse("17.06"), UP).run("network ls").stdout().lines().skip(1)
                        .map(l -> l.split("\\s+")[0]).toList(), "the local networks' IDs are stable");
        assertEquals("10.0.0.0/24\n", new DockerCli(vip, "node1", UP).run(List.of("network", "inspect", "--format",
                "{{range .IPAM.Config}}{{.Subnet}}{{end}}", "overlay1")).stdout());
        assertEquals("overlay\n", new DockerCli(vip, "node1", UP).run(List.of("network", "inspect", "-f", "{{.Driver}}", overlay)).stdout());
        CliResult none = new DockerCli(vip, "node1", UP).run("network inspect --format {{.Name}} nosuch");
        assertEquals("Error: No such network: nosuch\n", none.stderr());
        assertEquals(1, none.exitStatus());
    }

    @Test
    void serviceListsTakeTheFormattersFieldTemplates() {
        Cluster vip = Clusters.vip();
        DockerCli cli = new DockerCli(vip, "node1", DockerVersion.parse("17.06"), UP);
        assertEquals("client: 1/1\nvote: 2/2\n", cli.run(List.of("service", "ls", "--format", "{{.Name}}: {{.Replicas}}")).stdout());
        assertEquals("NAME                NODE                DESIRED STATE\nvote.1              node2               Running\n"
                + "vote.2              node2               Running\n",
                cli.run(List.of("service", "ps", "vote", "--format", "table {{.Name}}\\t{{.Node}}\\t{{.DesiredState}}")).stdout());
        CliResult unknown = cli.run(List.of("service", "ls", "--format", "{{.Nope}}"));
        assertEquals(1, unknown.exitStatus());
        assertTrue(unknown.stderr().contains("fields: ID, Image, Mode, Name, Ports, Replicas"), unknown.stderr());
        CliResult old = run(vip, "node1", "1.12", "service ls --format {{.Name}}");
        assertEquals("unknown flag: --format\nSee 'docker service ls --help'.\n", old.stderr());
    }

    @Test
    void aStacksServicesAndContainersCarryItsLabels() throws Exception {
        io.swarmsim.engine.scenario.Scenario s = io.swarmsim.engine.scenario.ScenarioLoader.load(Path.of("../scenarios/vote.yaml"),
                java.util.Map.of(), java.util.Optional.of("seed"));
        Cluster c = new io.swarmsim.engine.sim.Simulation(s, s.services(), 1).cluster();
        DockerCli cli = new DockerCli(c, "node1", UP);
        assertEquals("{\"com.docker.stack.image\":\"instavote/vote\",\"com.docker.stack.namespace\":\"seed\"}\n",
                cli.run(List.of("service", "inspect", "--format", "{{json .Spec.Labels}}", "seed_vote")).stdout());
        assertEquals("seed\n", cli.run(List.of("service", "inspect", "--format", "{{index .Spec.Labels \"com.docker.stack.namespace\"}}",
                "seed_vote")).stdout());
        assertEquals("<no value>\n", cli.run(List.of("service", "inspect", "--format", "{{index .Spec.Labels \"nope\"}}", "seed_vote")).stdout());
        assertEquals("{}\n", new DockerCli(Clusters.vip(), "node1", UP).run(List.of("service", "inspect", "--format", "{{json .Spec.Labels}}", "vote")).stdout(),
                "docker service create sets no labels");
        String inspect = new DockerCli(c, "node2", UP).run("inspect " + c.task("seed_vote.1").orElseThrow().shortContainerId()).stdout();
        assertTrue(inspect.contains("\"com.docker.stack.namespace\": \"seed\""), inspect);
        assertEquals(1, c.services().stream().filter(x -> x.name().equals("seed_vote")).count());
    }

    @Test
    void vipClusterPsShowsTheSeedsSecondClient() {
        Cluster vip = Clusters.vip();
        Cluster.Task client = vip.task("client.1").orElseThrow();
        String sandbox = new DockerCli(vip, "node1", UP).run("inspect " + client.shortContainerId()).stdout().lines()
                .filter(l -> l.contains("SandboxID")).findFirst().orElseThrow();
        assertEquals("            \"SandboxID\": \"" + client.sandboxId() + "\",", sandbox);
    }
}
