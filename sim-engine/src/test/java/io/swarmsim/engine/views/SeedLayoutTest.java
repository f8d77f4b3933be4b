package io.swarmsim.engine.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.engine.control.Cluster;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed post's terminal output, line by line, with the seed's IDs replaced by the simulated
 * cluster's: headers and column spacing must be the seed's exactly.
 */
class SeedLayoutTest {
    private final Cluster cluster = Clusters.dnsrr();
    private final DockerCli node1 = new DockerCli(cluster, "node1", Duration.ofHours(2));
    private final DockerCli node2 = new DockerCli(cluster, "node2", Duration.ofHours(2));

    private static List<String> lines(CliResult r) {
        assertEquals(0, r.exitStatus(), r.text());
        return r.stdout().lines().toList();
    }

    private String id(String node) {
        return cluster.node(node).orElseThrow().id();
    }

    private Cluster.Task task(String name) {
        return cluster.task(name).orElseThrow();
    }

    @Test
    void nodeLs() {
        List<String> out = lines(node1.run(List.of("node", "ls")));
        assertEquals("ID                           HOSTNAME  MEMBERSHIP  STATUS  AVAILABILITY  MANAGER STATUS", out.get(0));
        assertEquals("259ebbe62k8t9qd9ttbiyq31h *  node1     Accepted    Ready   Active        Leader"
                .replace("259ebbe62k8t9qd9ttbiyq31h", id("node1")), out.get(1));
        // the blog trimmed this row's trailing blanks; tabwriter pads the AVAILABILITY cell to its column
        assertEquals("631w24ql3bahaiypblrgp4fa4    node2     Accepted    Ready   Active".replace("631w24ql3bahaiypblrgp4fa4", id("node2")),
                out.get(2).stripTrailing());
        assertEquals(3, out.size());
    }

    @Test
    void serviceLs() {
        List<String> out = lines(node1.run(List.of("service", "ls")));
        assertEquals("ID            NAME    REPLICAS  IMAGE               COMMAND", out.get(0));
        assertEquals("4g2szdso0n2b  client  1/1       smakam/myubuntu:v4  ping docker.com"
                .replace("4g2szdso0n2b", cluster.service("client").orElseThrow().id().substring(0, 12)), out.get(1));
        assertEquals("bnh59o28ckkl  vote    2/2       instavote/vote      "
                .replace("bnh59o28ckkl", cluster.service("vote").orElseThrow().id().substring(0, 12)), out.get(2));
    }

    @Test
    void serviceTasks() {
        List<String> client = lines(node1.run(List.of("service", "tasks", "client")));
        assertEquals("ID                         NAME      SERVICE  IMAGE               LAST STATE           DESIRED STATE  NODE", client.get(0));
        assertEquals("d8m0snl88oc5b4r0b4tbriewi  client.1  client   smakam/myubuntu:v4  Running 2 hours ago  Running        node1"
                .replace("d8m0snl88oc5b4r0b4tbriewi", task("client.1").id()), client.get(1));
        List<String> vote = lines(node1.run(List.of("service", "tasks", "vote")));
        assertEquals("ID                         NAME    SERVICE  IMAGE           LAST STATE           DESIRED STATE  NODE", vote.get(0));
        assertEquals("7irycowzbryx0rglin0wfa670  vote.1  vote     instavote/vote  Running 2 hours ago  Running        node2"
                .replace("7irycowzbryx0rglin0wfa670", task("vote.1").id()), vote.get(1));
        assertEquals("aqwopxnc8eg4qx9nqwqj099es  vote.2  vote     instavote/vote  Running 2 hours ago  Running        node2"
                .replace("aqwopxnc8eg4qx9nqwqj099es", task("vote.2").id()), vote.get(2));
    }

    @Test
    void serviceTasksAfterEightMinutesWidensLastState() {
        DockerCli early = new DockerCli(cluster, "node1", Duration.ofMinutes(8).plusSeconds(20));
        List<String> vote = lines(early.run(List.of("service", "tasks", "vote")));
        assertEquals("ID                         NAME    SERVICE  IMAGE           LAST STATE             DESIRED STATE  NODE", vote.get(0));
        assertEquals(task("vote.1").id() + "  vote.1  vote     instavote/vote  Running 8 minutes ago  Running        node2", vote.get(1));
    }

    @Test
    void dockerPsPerNode() {
        List<String> n1 = lines(node1.run(List.of("ps")));
        assertEquals("CONTAINER ID        IMAGE                COMMAND             CREATED             STATUS              PORTS               NAMES",
                n1.get(0));
        assertEquals(("11725c3bfec0        smakam/myubuntu:v4   \"ping docker.com\"   2 hours ago         Up 2 hours                              "
                + "client.1.d8m0snl88oc5b4r0b4tbriewi").replace("11725c3bfec0", task("client.1").shortContainerId())
                .replace("d8m0snl88oc5b4r0b4tbriewi", task("client.1").id()), n1.get(1));
        assertEquals(2, n1.size());
        List<String> n2 = lines(node2.run(List.of("ps")));
        assertEquals("CONTAINER ID        IMAGE                   COMMAND                  CREATED             STATUS              PORTS               NAMES",
                n2.get(0));
        assertEquals(("8d9b93f6847a        instavote/vote:latest   \"gunicorn app:app -b \"   2 hours ago         Up 2 hours          80/tcp              "
                + "vote.1.7irycowzbryx0rglin0wfa670").replace("8d9b93f6847a", task("vote.1").shortContainerId())
                .replace("7irycowzbryx0rglin0wfa670", task("vote.1").id()), n2.get(1));
        assertEquals(("6be7dc65655b        instavote/vote:latest   \"gunicorn app:app -b \"   2 hours ago         Up 2 hours          80/tcp              "
                + "vote.2.aqwopxnc8eg4qx9nqwqj099es").replace("6be7dc65655b", task("vote.2").shortContainerId())
                .replace("aqwopxnc8eg4qx9nqwqj099es", task("vote.2").id()), n2.get(2));
    }

    @Test
    void seedPsAfterThirtySevenMinutes() {
        DockerCli later = new DockerCli(cluster, "node1", Duration.ofMinutes(37).plusSeconds(30));
        assertEquals(task("client.1").shortContainerId() + "        smakam/myubuntu:v4   \"ping docker.com\"   37 minutes ago      Up 37 minutes"
                + "                           client.1." + task("client.1").id(), lines(later.run(List.of("ps"))).get(1));
    }

    @Test
    void inspectGreps() {
        Cluster.Task vote1 = task("vote.1");
        List<String> ipv4 = lines(node2.run(List.of("inspect", vote1.shortContainerId()))).stream()
                .filter(l -> l.contains("IPv4")).toList();
        assertEquals(List.of("                        \"IPv4Address\": \"" + vote1.addresses().get("overlay1") + "\""), ipv4);
        List<String> sandbox = lines(node2.run(List.of("inspect", vote1.shortContainerId()))).stream()
                .filter(l -> l.toLowerCase().contains("sandbox")).toList();
        assertEquals("            \"SandboxID\": \"" + vote1.sandboxId() + "\",", sandbox.get(0));
        assertEquals("            \"SandboxKey\": \"/var/run/docker/netns/" + vote1.sandboxId().substring(0, 12) + "\",", sandbox.get(1));
        assertEquals(2, sandbox.size());
    }
}
