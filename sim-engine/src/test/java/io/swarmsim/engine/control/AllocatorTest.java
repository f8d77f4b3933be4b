package io.swarmsim.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.loop.RandomStreams;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The swarm manager's allocation decisions on the seed's vote.yaml and on small hand-written scenarios. */
class AllocatorTest {
    static String voteText() throws Exception {
        return Files.readString(Path.of("../scenarios/vote.yaml"));
    }

    /** vote.yaml with {@code docker_version} replaced. */
    static Scenario vote(String version) throws Exception {
        String text = voteText();
        assertTrue(text.contains("docker_version: \"1.12\""));
        return ScenarioLoader.parse(text.replace("docker_version: \"1.12\"", "docker_version: \"" + version + "\""), Path.of("vote.yaml"));
    }

    static Cluster allocate(Scenario s, String experiment, long seed) {
        return Allocator.allocate(s, s.servicesFor(s.experiment(experiment).orElseThrow()), new RandomStreams(seed));
    }

    private static String addr(Cluster c, String task, String net) {
        return c.task(task).orElseThrow().addresses().get(net).toString();
    }

    private static String vip(Cluster c, String service, String net) {
        return c.service(service).orElseThrow().vips().get(net).toString();
    }

    @Test
    void vipModeAddressesAreSerialAfterTheGateway() throws Exception {
        Cluster c = allocate(vote("1.12"), "vip", 1);
        Cluster.Network overlay = c.network("overlay1").orElseThrow();
        assertEquals("10.0.0.0/24", overlay.subnet().toString());
        assertEquals("10.0.0.1", overlay.gateway().toString());
        assertEquals("10.0.0.2", vip(c, "client", "overlay1"));
        assertEquals("10.0.0.3", addr(c, "client.1", "overlay1"));
        assertEquals("10.0.0.4", vip(c, "vote", "overlay1"));
        assertEquals("10.0.0.5", addr(c, "vote.1", "overlay1"));
        assertEquals("10.0.0.6", addr(c, "vote.2", "overlay1"));
        assertEquals(List.of("client.1", "vote.1", "vote.2"), c.tasks().stream().map(Cluster.Task::name).toList());
    }

    @Test
    void dnsrrModeHasNoVipsAndTasksStartAtDot2() throws Exception {
        Cluster c = allocate(vote("1.12"), "dnsrr", 1);
        assertTrue(c.service("client").orElseThrow().vips().isEmpty());
        assertTrue(c.service("vote").orElseThrow().vips().isEmpty());
        assertEquals("10.0.0.2", addr(c, "client.1", "overlay1"));
        assertEquals("10.0.0.3", addr(c, "vote.1", "overlay1"));
        assertEquals("10.0.0.4", addr(c, "vote.2", "overlay1"));
        assertTrue(c.loadBalancers().isEmpty(), "dnsrr has no IPVS load balancers: " + c.loadBalancers());
    }

    @Test
    void ingressIs10_255SlashSixteenWithOneAddressPerNodeFirst() throws Exception {
        Cluster c = allocate(vote("1.12"), "mesh", 1);
        Cluster.Network ingress = c.network(Allocator.INGRESS).orElseThrow();
        assertTrue(ingress.ingress());
        assertEquals("10.255.0.0/16", ingress.subnet().toString());
        assertEquals("10.255.0.1", ingress.gateway().toString());
        assertEquals("10.255.0.2", c.attachment("node1", "ingress").orElseThrow().toString());
        assertEquals("10.255.0.3", c.attachment("node2", "ingress").orElseThrow().toString());
        // then the published service's ingress VIP and its tasks, in order
        assertEquals("10.255.0.4", vip(c, "vote", "ingress"));
        assertEquals("10.255.0.5", addr(c, "vote.1", "ingress"));
        assertEquals("10.255.0.6", addr(c, "vote.2", "ingress"));
        // a service without published ports does not join ingress
        assertFalse(c.task("client.1").orElseThrow().addresses().containsKey("ingress"));
        assertFalse(c.service("client").orElseThrow().vips().containsKey("ingress"));
        // ingress is first in the networks list and participates on every node
        assertEquals("ingress", c.networks().get(0).name());
        assertTrue(c.participates("node1", "ingress"));
    }

    @Test
    void vnisStartAt256In112And4096From113() throws Exception {
        for (String v : List.of("1.12")) {
            Cluster c = allocate(vote(v), "vip", 1);
            assertEquals(256, c.network("ingress").orElseThrow().vni(), v);
            assertEquals(257, c.network("overlay1").orElseThrow().vni(), v);
        }
        for (String v : List.of("1.13", "17.06", "18.06")) {
            Cluster c = allocate(vote(v), "vip", 1);
            assertEquals(4096, c.network("ingress").orElseThrow().vni(), v);
            assertEquals(4097, c.network("overlay1").orElseThrow().vni(), v);
        }
    }

    @Test
    void fwmarksCountFrom256PerNodeInServiceCreationOrder() throws Exception {
        Cluster c = allocate(vote("1.12"), "vip", 1);
        for (String node : List.of("node1", "node2")) {
            List<Cluster.LoadBalancer> lbs = c.loadBalancersOn(node);
            assertEquals(List.of("client", "vote"), lbs.stream().map(Cluster.LoadBalancer::service).toList(), node);
            assertEquals(List.of(256, 257), lbs.stream().map(Cluster.LoadBalancer::fwmark).toList(), node);
            assertTrue(lbs.stream().allMatch(l -> l.network().equals("overlay1")), lbs.toString());
        }
        // with the published port: the vote service's ingress LB comes before its overlay LB
        Cluster mesh = allocate(vote("1.12"), "mesh", 1);
        List<Cluster.LoadBalancer> lbs = mesh.loadBalancersOn("node1");
        assertEquals(List.of("client/overlay1/256", "vote/ingress/257", "vote/overlay1/258"),
                lbs.stream().map(l -> l.service() + "/" + l.network() + "/" + l.fwmark()).toList());
    }

    @Test
    void fwmarksOrderFollowsServiceOrderNotName() throws Exception {
        // the services in reverse file order: vote is created first, so it gets 0x100 on each node
        Scenario s = vote("1.12");
        List<io.swarmsim.engine.scenario.Service> reversed = new java.util.ArrayList<>(s.servicesFor(s.experiment("vip").orElseThrow()));
        java.util.Collections.reverse(reversed);
        Cluster c = Allocator.allocate(s, reversed, new RandomStreams(1));
        Cluster.LoadBalancer first = c.loadBalancersOn("node1").get(0);
        assertEquals("vote", first.service());
        assertEquals(256, first.fwmark());
        assertEquals("10.0.0.2", vip(c, "vote", "overlay1"));
    }

    @Test
    void placementHonoursHostnameConstraints() throws Exception {
        Cluster c = allocate(vote("1.12"), "vip", 1);
        assertEquals("node1", c.task("client.1").orElseThrow().node().name());
        assertEquals("node2", c.task("vote.1").orElseThrow().node().name());
        assertEquals("node2", c.task("vote.2").orElseThrow().node().name());
        assertTrue(c.participates("node1", "overlay1"));
    }

    private static final String THREE_NODES = """
            version: "3.8"
            services:
              web:
                image: instavote/vote
                networks: [net]
                deploy:
                  replicas: 5
              pinned:
                image: instavote/vote
                networks: [net]
                deploy:
                  replicas: 1
                  placement:
                    constraints:
                      - node.hostname == n3
            networks:
              net:
                driver: overlay
            x-sim:
              deployed_with: service-create
              docker_version: "1.12"
              nodes:
                - name: n1
                  role: manager
                  address: 192.168.99.101
                - name: n2
                  role: worker
                  address: 192.168.99.102
                - name: n3
                  role: worker
                  address: 192.168.99.103
            """;

    @Test
    void replicasAreSpreadOverEligibleNodes() throws Exception {
        Scenario s = ScenarioLoader.parse(THREE_NODES, Path.of("three.yaml"));
        Cluster c = Allocator.allocate(s, s.services(), new RandomStreams(1));
        List<String> nodes = c.tasksOf("web").stream().map(t -> t.node().name()).toList();
        assertEquals(5, nodes.size());
        Map<String, Long> per = new java.util.TreeMap<>();
        nodes.forEach(n -> per.merge(n, 1L, Long::sum));
        assertEquals(Map.of("n1", 2L, "n2", 2L, "n3", 1L), per, nodes.toString());
        assertEquals(List.of("n1", "n2", "n3", "n1", "n2"), nodes, "spread goes round the eligible nodes in order");
        assertEquals("n3", c.task("pinned.1").orElseThrow().node().name());
        // a network without a subnet takes the first free 10.0.N.0/24
        assertEquals("10.0.0.0/24", c.network("net").orElseThrow().subnet().toString());
    }

    @Test
    void spreadPrefersNodesWithFewerTasksOverall() throws Exception {
        // pinned is created first on n3; then web's single task goes to n1 (fewest tasks, first in order),
        // and with 3 replicas the tie on "mine" is broken by the overall count
        String text = THREE_NODES.replace("""
                  web:
                    image: instavote/vote
                    networks: [net]
                    deploy:
                      replicas: 5
                """, "").replace("""
                networks:
                  net:
                """, """
                  web:
                    image: instavote/vote
                    networks: [net]
                    deploy:
                      replicas: 2
                networks:
                  net:
                """);
        Scenario s = ScenarioLoader.parse(text, Path.of("three.yaml"));
        assertEquals(List.of("pinned", "web"), s.services().stream().map(io.swarmsim.engine.scenario.Service::name).toList());
        Cluster c = Allocator.allocate(s, s.services(), new RandomStreams(1));
        assertEquals(List.of("n1", "n2"), c.tasksOf("web").stream().map(t -> t.node().name()).toList(),
                "n3 already runs pinned.1, so web's two tasks go to n1 and n2");
    }

    @Test
    void dnsrrWithPortsIsRefusedWithThe112Message() throws Exception {
        Cluster c = allocate(vote("1.12"), "dnsrr-mesh", 1);
        Cluster.ServiceState vote = c.service("vote").orElseThrow();
        assertEquals(Optional.of("EndpointSpec: ports can't be used with dnsrr mode"), vote.rejection());
        assertTrue(c.tasksOf("vote").isEmpty());
        assertTrue(vote.vips().isEmpty());
        assertEquals(Optional.empty(), c.service("client").orElseThrow().rejection());
        assertEquals(1, c.tasksOf("client").size());
    }

    @Test
    void dnsrrWithIngressPortsIsRefusedWithThe113Message() throws Exception {
        Cluster c = allocate(vote("1.13"), "dnsrr-mesh", 1);
        assertEquals(Optional.of("EndpointSpec: port published with ingress mode can't be used with dnsrr mode"),
                c.service("vote").orElseThrow().rejection());
        assertTrue(c.tasksOf("vote").isEmpty());
    }

    @Test
    void rejectedServicesTakeNoAddressesAndNoFwmarks() throws Exception {
        Cluster c = allocate(vote("1.12"), "dnsrr-mesh", 1);
        assertEquals("10.0.0.2", addr(c, "client.1", "overlay1"));
        assertTrue(c.loadBalancers().stream().noneMatch(l -> l.service().equals("vote")), c.loadBalancers().toString());
    }

    @Test
    void era18_06GivesEachNodeAnLbAddressBeforeItsFirstTask() throws Exception {
        Cluster c = allocate(vote("18.06"), "vip", 1);
        assertEquals("10.0.0.2", vip(c, "client", "overlay1"));
        assertEquals("10.0.0.3", c.attachment("node1", "overlay1").orElseThrow().toString());
        assertEquals("10.0.0.4", addr(c, "client.1", "overlay1"));
        assertEquals("10.0.0.5", vip(c, "vote", "overlay1"));
        assertEquals("10.0.0.6", c.attachment("node2", "overlay1").orElseThrow().toString());
        assertEquals("10.0.0.7", addr(c, "vote.1", "overlay1"));
        assertEquals("10.0.0.8", addr(c, "vote.2", "overlay1"));
        // only one LB address per node and network, and none in 1.12
        assertEquals(2, c.attachments().stream().filter(a -> a.network().equals("overlay1")).count());
        Cluster old = allocate(vote("1.12"), "vip", 1);
        assertTrue(old.attachments().stream().noneMatch(a -> a.network().equals("overlay1")), old.attachments().toString());
    }

    @Test
    void gwbridgeAddressesArePerNodeFrom172_18_0_3() throws Exception {
        Cluster c = allocate(vote("1.12"), "vip", 1);
        assertEquals("172.18.0.3", addr(c, "client.1", Allocator.GWBRIDGE));
        assertEquals("172.18.0.3", addr(c, "vote.1", Allocator.GWBRIDGE));
        assertEquals("172.18.0.4", addr(c, "vote.2", Allocator.GWBRIDGE));
        // the gwbridge address names no task
        assertEquals(Optional.empty(), c.taskByAddress(io.swarmsim.kernel.net.IpAddress.parse("172.18.0.3")));
        assertEquals("vote.2", c.taskByAddress(io.swarmsim.kernel.net.IpAddress.parse("10.0.0.6")).orElseThrow().name());
    }

    @Test
    void idsLookLikeDockersAndDependOnTheSeed() throws Exception {
        Cluster a = allocate(vote("1.12"), "vip", 1);
        Cluster b = allocate(vote("1.12"), "vip", 1);
        Cluster other = allocate(vote("1.12"), "vip", 2);
        for (Cluster.Task t : a.tasks()) {
            assertTrue(t.id().matches("[0-9a-z]{25}"), t.id());
            assertTrue(t.containerId().matches("[0-9a-f]{64}"), t.containerId());
            assertEquals(t.name() + "." + t.id(), t.containerName());
        }
        assertEquals(a.tasks(), b.tasks());
        assertEquals(a.networks(), b.networks());
        assertFalse(a.task("vote.1").orElseThrow().containerId().equals(other.task("vote.1").orElseThrow().containerId()));
        assertFalse(a.network("overlay1").orElseThrow().id().equals(other.network("overlay1").orElseThrow().id()));
        // addresses do not depend on the seed
        assertEquals(addr(a, "vote.2", "overlay1"), addr(other, "vote.2", "overlay1"));
    }

    @Test
    void dockerVersionParsesAndAnswersByName() {
        DockerVersion v112 = DockerVersion.parse("1.12");
        DockerVersion v113 = DockerVersion.parse(" 1.13.1 ");
        DockerVersion v1705 = DockerVersion.parse("17.05");
        DockerVersion v1806 = DockerVersion.parse("18.06");
        DockerVersion v1809 = DockerVersion.parse("18.09");
        assertEquals(new DockerVersion(1, 13), v113);
        assertEquals("1.12", v112.toString());
        assertEquals("18.06", v1806.toString());
        assertEquals("17.05", v1705.toString());
        assertTrue(v112.compareTo(v113) < 0);
        assertTrue(v1806.compareTo(v113) > 0);
        assertTrue(new DockerVersion(1, 9).compareTo(v112) < 0, "minor compared as a number, not text");

        assertTrue(v112.loadBalancesInEveryContainer());
        assertTrue(DockerVersion.parse("18.05").loadBalancesInEveryContainer());
        assertFalse(v1806.loadBalancesInEveryContainer());

        assertTrue(v112.sharesInterfaceCounter());
        assertTrue(DockerVersion.parse("17.04").sharesInterfaceCounter());
        assertFalse(v1705.sharesInterfaceCounter());

        assertFalse(v112.filtersIngressInTasks());
        assertTrue(v113.filtersIngressInTasks());

        assertFalse(v1806.hasSctp());
        assertTrue(v1809.hasSctp());

        assertFalse(v112.answersPingOnVip());
        assertTrue(v113.answersPingOnVip());
        assertTrue(DockerVersion.parse("18.05").answersPingOnVip());
        assertFalse(v1806.answersPingOnVip());

        assertEquals(256, v112.firstVni());
        assertEquals(4096, v113.firstVni());

        assertEquals("EndpointSpec: ports can't be used with dnsrr mode", v112.dnsrrPortsError(true, false));
        assertEquals(null, v112.dnsrrPortsError(false, false));
        assertEquals("EndpointSpec: port published with ingress mode can't be used with dnsrr mode", v113.dnsrrPortsError(true, true));
        assertEquals(null, v113.dnsrrPortsError(true, false), "1.13+: dnsrr with host-mode ports only is accepted");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DockerVersion.parse("18"));
        assertTrue(e.getMessage().contains("1.12 or 18.06"), e.getMessage());
    }
}
