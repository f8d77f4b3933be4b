package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultsTest {
    @Test
    void plainStackFileGetsDefaultNodesSatisfyingPlacement() throws ScenarioException {
        Scenario s = ScenarioLoader.load(ValidScenarioTest.resource("plain-stack.yaml"));
        SimSettings sim = s.sim();
        assertTrue(sim.nodesDefaulted());
        assertEquals(List.of(
            new NodeDef("node1", Role.MANAGER, IpAddress.parse("192.168.99.100")),
            new NodeDef("web1", Role.WORKER, IpAddress.parse("192.168.99.101"))), sim.nodes());
        for (Service svc : s.services()) {
            assertTrue(sim.nodes().stream().anyMatch(svc::allows), svc.name());
        }
        assertEquals("1.12", sim.dockerVersion());
        assertEquals(1L, sim.seed());
        assertTrue(sim.experiments().isEmpty());
        assertTrue(sim.upstreamDns().isEmpty());
    }

    @Test
    void plainStackFileServicesAreModelled() throws ScenarioException {
        Scenario s = ScenarioLoader.load(ValidScenarioTest.resource("plain-stack.yaml"));
        // deployed as docker stack deploy -c plain-stack.yaml plain-stack would: names scoped by the stack
        assertEquals(List.of("plain-stack_redis", "plain-stack_vote", "plain-stack_worker", "plain-stack_visualizer"),
            s.services().stream().map(Service::name).toList());
        Service vote = s.service("plain-stack_vote").orElseThrow();
        assertEquals(List.of(new PortConfig(80, 5000, Transport.TCP, PublishMode.INGRESS),
            new PortConfig(53, 53, Transport.UDP, PublishMode.HOST)), vote.ports());
        assertEquals(List.of("plain-stack_back-tier", "plain-stack_front-tier"),
            vote.networks().stream().map(NetworkAttachment::network).toList(), "attachments sorted by network name");
        assertEquals(List.of("vote"), vote.networks().get(0).aliases(), "the service's key is its alias on each network");
        Service worker = s.service("plain-stack_worker").orElseThrow();
        assertEquals(List.of("java", "-jar", "worker.jar"), worker.command());
        assertEquals(Mode.GLOBAL, worker.mode());
        assertEquals(1, worker.replicas(), "one task per eligible node: only web1 is a worker");
        assertEquals(EndpointMode.DNSRR, s.service("plain-stack_visualizer").orElseThrow().endpointMode());
        assertEquals(List.of("plain-stack_front-tier", "plain-stack_back-tier", "plain-stack_default"),
            s.networks().stream().map(NetworkDef::name).toList(), "visualizer names no network, so the stack's default exists");
        assertEquals(List.of("plain-stack_default"), s.service("plain-stack_visualizer").orElseThrow().networks().stream()
            .map(NetworkAttachment::network).toList());
        assertTrue(s.networks().stream().allMatch(n -> n.subnets().isEmpty() && n.driver().equals("overlay")));
    }

    @Test
    void notSimulatedKeysAreListedOnceEach() throws ScenarioException {
        Path name = Path.of("plain-stack.yaml");
        Scenario s = ScenarioLoader.load(ValidScenarioTest.resource("plain-stack.yaml"));
        List<String> listed = s.notSimulated().stream()
            .map(n -> n.path() + " (" + name + ":" + n.location().line() + ":" + n.location().column() + ")").toList();
        assertEquals(List.of(
            "services.redis.volumes (plain-stack.yaml:5:5)",
            "services.vote.environment (plain-stack.yaml:13:5)",
            "services.vote.deploy.update_config (plain-stack.yaml:24:7)",
            "services.vote.deploy.restart_policy (plain-stack.yaml:26:7)",
            "services.worker.environment (plain-stack.yaml:33:5)",
            "networks.back-tier.driver_opts (plain-stack.yaml:48:5)",
            "volumes (plain-stack.yaml:50:1)"),
            listed.stream().sorted(java.util.Comparator.comparingInt(DefaultsTest::lineOf)).toList());
        assertEquals(listed.size(), listed.stream().distinct().count());
    }

    private static int lineOf(String entry) {
        String loc = entry.substring(entry.indexOf(".yaml:") + 6);
        return Integer.parseInt(loc.substring(0, loc.indexOf(':')));
    }

    @Test
    void notSimulatedPrintsPathAndLocation() {
        assertEquals("services.vote.environment (vote.yaml:14:5)",
            new NotSimulated("services.vote.environment", new Location(Path.of("vote.yaml"), 14, 5)).toString());
    }

    @Test
    void defaultNodesAddWorkersAndManagersAsPlacementNeeds() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("""
            services:
              a:
                image: x
                deploy: {placement: {constraints: ["node.role == worker"]}}
              b:
                image: y
                deploy: {placement: {constraints: ["node.hostname == db1", "node.role == manager"]}}
            """, Path.of("t.yaml"));
        assertEquals(List.of(
            new NodeDef("node1", Role.MANAGER, IpAddress.parse("192.168.99.100")),
            new NodeDef("db1", Role.MANAGER, IpAddress.parse("192.168.99.101")),
            new NodeDef("node2", Role.WORKER, IpAddress.parse("192.168.99.102"))), s.sim().nodes());
    }

    @Test
    void missingFileIsALocatedError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing));
        assertEquals(missing + ":1:1: no such file; expected an existing stack file", e.getMessage());
    }

    @Test
    void directoryAndNonUtf8AreLocatedErrors(@TempDir Path dir) throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir));
        assertTrue(e.getMessage().startsWith(dir + ":1:1: is a directory"), e.getMessage());
        Path bin = dir.resolve("bin.yaml");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(bin));
        assertTrue(e.getMessage().startsWith(bin + ":1:1: the file is not UTF-8"), e.getMessage());
    }

    @Test
    void emptyFileIsLocatedAtTheStart(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(empty));
        assertEquals(List.of(new ScenarioError(new Location(empty, 1, 1),
            "the file is empty; expected a stack file with a top-level 'services' map")), e.errors());
    }

    @Test
    void severalErrorsAreAllReportedInFileOrder() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("""
            services:
              vote:
                image: instavote/vote
                deploy: {replicas: many}
              result:
                imag: instavote/result
            """, Path.of("two.yaml")));
        assertEquals(List.of(
            "two.yaml:4:24: services.vote.deploy.replicas is the string 'many'; expected a non-negative integer (at most 100000)",
            "two.yaml:5:3: service 'result' has no image; expected an 'image' key",
            "two.yaml:6:5: unknown key 'imag' under services.result; did you mean 'image'?"),
            e.getMessage().lines().toList());
    }
}
