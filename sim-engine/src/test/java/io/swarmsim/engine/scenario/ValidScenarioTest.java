package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidScenarioTest {
    static Path resource(String name) {
        try {
            return Path.of(ValidScenarioTest.class.getResource("/scenario/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void seedScenarioLoadsIntoTheExpectedModel() throws ScenarioException {
        Path file = resource("seed.yaml");
        Scenario s = ScenarioLoader.load(file);

        assertEquals(file, s.file());
        assertEquals(Optional.of("3.8"), s.version());
        Service client = new Service("client", "smakam/myubuntu:v4", List.of("ping", "docker.com"), Mode.REPLICATED,
            1, EndpointMode.VIP, List.of(), List.of(new NetworkAttachment("overlay1", List.of(), new Location(file, 7, 9))),
            List.of(new Constraint("node.hostname", true, "node1")), new Location(file, 3, 3), Map.of(), ServiceDns.NONE);
        Service vote = new Service("vote", "instavote/vote", List.of(), Mode.REPLICATED, 2, EndpointMode.VIP,
            List.of(new PortConfig(80, 8080, Transport.TCP, PublishMode.INGRESS)),
            List.of(new NetworkAttachment("overlay1", List.of("ballot"), new Location(file, 17, 7))),
            List.of(new Constraint("node.hostname", true, "node2")), new Location(file, 12, 3), Map.of(), ServiceDns.NONE);
        assertEquals(List.of(client, vote), s.services());
        assertEquals(List.of(new NetworkDef("overlay1", "overlay", List.of(Prefix.parse("10.0.0.0/24")), false,
            new Location(file, 25, 3))), s.networks());

        SimSettings sim = s.sim();
        assertEquals("17.06", sim.dockerVersion());
        assertEquals(42L, sim.seed());
        assertFalse(sim.nodesDefaulted());
        assertEquals(List.of(new NodeDef("node1", Role.MANAGER, IpAddress.parse("192.168.99.100")),
            new NodeDef("node2", Role.WORKER, IpAddress.parse("192.168.99.101"))), sim.nodes());
        assertEquals(List.of(IpAddress.parse("8.8.8.8")), sim.upstreamDns());
        ImageOverride img = sim.images().get("smakam/myubuntu:v4");
        assertEquals(Optional.of(ResolverKind.GLIBC_OLD), img.resolver());
        assertEquals(Optional.of(PingKind.LEGACY), img.ping());
        assertEquals(Optional.empty(), img.httpClient());

        assertEquals(List.of("dnsrr", "vip"), sim.experiments().stream().map(Experiment::name).toList());
        Experiment dnsrr = sim.experiments().get(0);
        assertEquals("DNS round robin, no VIP", dnsrr.description());
        assertEquals(new Location(file, 43, 13), dnsrr.location());
        assertEquals(List.of(new CommandSpec("client.1", "dig vote", 1, new Location(file, 50, 11)),
            new CommandSpec("client.1", "ping -c1 vote", 3, new Location(file, 52, 11))), dnsrr.commands());
        assertEquals(new CommandSpec("node1", "curl 192.168.99.100:8080", 1, new Location(file, 59, 11)),
            sim.experiments().get(1).commands().get(1));
        assertTrue(s.notSimulated().isEmpty(), s.notSimulated().toString());
    }

    @Test
    void experimentOverridesGiveTheEffectiveServices() throws ScenarioException {
        Scenario s = ScenarioLoader.load(resource("seed.yaml"));
        List<Service> dnsrr = s.servicesFor(s.experiment("dnsrr").orElseThrow());
        Service vote = dnsrr.get(1);
        assertEquals(EndpointMode.DNSRR, vote.endpointMode());
        assertEquals(List.of(), vote.ports());
        assertEquals(2, vote.replicas());
        assertEquals(s.services().get(0), dnsrr.get(0));
        List<Service> vip = s.servicesFor(s.experiment("vip").orElseThrow());
        assertEquals(s.services(), vip);
    }

    @Test
    void constraintsAllowMatchingNodesOnly() {
        NodeDef n1 = new NodeDef("node1", Role.MANAGER, IpAddress.parse("192.168.99.100"));
        NodeDef n2 = new NodeDef("node2", Role.WORKER, IpAddress.parse("192.168.99.101"));
        Constraint onNode1 = new Constraint(Constraint.HOSTNAME, true, "node1");
        Constraint notManager = new Constraint(Constraint.ROLE, false, "manager");
        assertTrue(onNode1.allows(n1));
        assertFalse(onNode1.allows(n2));
        assertFalse(notManager.allows(n1));
        assertTrue(notManager.allows(n2));
    }

    @Test
    void locationPrintsFileLineColumn() {
        assertEquals("vote.yaml:12:9", new Location(Path.of("vote.yaml"), 12, 9).toString());
    }
}
