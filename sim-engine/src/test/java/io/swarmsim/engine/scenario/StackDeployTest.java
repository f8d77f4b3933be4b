package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docker stack deploy's naming, default network, aliases and labels (docker/cli cli/compose/convert). */
class StackDeployTest {
    private static final String SHOP = """
            version: "3.8"
            services:
              web:
                image: nginx:1.25
                networks: [front, back]
              db:
                image: postgres:16
                networks:
                  back: {aliases: [database]}
              client:
                image: debian:12
                networks: [front]
              admin:
                image: alpine:3.19
            networks:
              front:
              back:
            x-sim:
              nodes:
                - {name: node1, role: manager, address: 192.168.99.101}
              services:
                web: {serves: {port: 80, response: "hi"}}
              experiments:
                - name: e
                  services: {web: {replicas: 2}}
                  commands:
                    - {from: client.1, run: curl -s web}
                    - {from: node1, run: curl -s 192.168.99.101:80}
            """;

    private static Scenario load(String text, Optional<String> stack) throws ScenarioException {
        return ScenarioLoader.parse(text, Path.of("dir/shop.yaml"), Map.of(), stack);
    }

    private static List<String> names(Scenario s) {
        return s.services().stream().map(Service::name).toList();
    }

    @Test
    void servicesAndNetworksAreScopedByTheFilesBaseName() throws Exception {
        Scenario s = load(SHOP, Optional.empty());
        assertEquals(Optional.of("shop"), s.stack());
        assertEquals(List.of("shop_web", "shop_db", "shop_client", "shop_admin"), names(s));
        assertEquals(List.of("shop_front", "shop_back", "shop_default"), s.networks().stream().map(NetworkDef::name).toList(),
                "admin names no network, so shop_default is created for it");
        Service web = s.service("shop_web").orElseThrow();
        assertEquals(List.of("shop_back", "shop_front"), web.networks().stream().map(NetworkAttachment::network).toList(),
                "attachments sorted by target name (byNetworkTarget)");
        assertEquals(List.of("web"), web.networks().get(1).aliases());
        assertEquals(List.of("database", "db"), s.service("shop_db").orElseThrow().networks().get(0).aliases(),
                "the service's key comes after the declared aliases");
        assertEquals(Map.of(StackDeploy.NAMESPACE_LABEL, "shop", StackDeploy.IMAGE_LABEL, "nginx:1.25"), web.labels());
        assertEquals("web", web.key());
        assertEquals("web", s.keyOf("shop_web"));
    }

    @Test
    void experimentsKeepWritingKeys() throws Exception {
        Scenario s = load(SHOP, Optional.empty());
        Experiment e = s.experiment("e").orElseThrow();
        assertEquals(List.of("shop_client.1", "node1"), e.commands().stream().map(CommandSpec::from).toList());
        assertEquals(2, s.servicesFor(e).get(0).replicas(), "the override of web applies to shop_web");
        assertEquals(List.of("shop_web"), List.copyOf(s.sim().serves().keySet()));
    }

    @Test
    void stackOptionNamesTheStackAndServiceCreateKeepsNamesAsWritten() throws Exception {
        assertEquals(List.of("prod_web", "prod_db", "prod_client", "prod_admin"), names(load(SHOP, Optional.of("prod"))));
        String created = SHOP.replace("x-sim:\n", "x-sim:\n  deployed_with: service-create\n");
        Scenario asWritten = load(created, Optional.empty());
        assertEquals(List.of("web", "db", "client", "admin"), names(asWritten));
        assertEquals(Optional.empty(), asWritten.stack());
        assertEquals(List.of(), asWritten.service("admin").orElseThrow().networks(), "docker service create without --network");
        assertEquals(List.of("s_web", "s_db", "s_client", "s_admin"), names(load(created, Optional.of("s"))), "--stack wins over x-sim");
    }

    @Test
    void aStackNameSwarmRefusesIsALocatedError() {
        ScenarioException bad = assertThrows(ScenarioException.class, () -> load(SHOP, Optional.of("my.stack")));
        assertEquals("dir/shop.yaml:1:1: stack 'my.stack' names service 'my.stack_web', which swarm refuses (name must be valid"
                + " as a DNS name component); expected --stack NAME of letters, digits, '-' and '_'", bad.getMessage());
        ScenarioException fromFile = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(SHOP, Path.of("my shop.yaml"), Map.of(), Optional.empty()));
        assertTrue(fromFile.getMessage().contains("(the stack is named after the file)") && fromFile.getMessage().contains("or --stack NAME"),
                fromFile.getMessage());
        ScenarioException blank = assertThrows(ScenarioException.class, () -> load(SHOP, Optional.of(" ")));
        assertTrue(blank.getMessage().contains("invalid stack name: \" \""), blank.getMessage());
        ScenarioException tooLong = assertThrows(ScenarioException.class, () -> load(SHOP, Optional.of("x".repeat(60))));
        assertTrue(tooLong.getMessage().contains("name must be 63 characters or fewer"), tooLong.getMessage());
        ScenarioException badValue = assertThrows(ScenarioException.class,
                () -> load(SHOP.replace("x-sim:\n", "x-sim:\n  deployed_with: compose\n"), Optional.empty()));
        assertTrue(badValue.getMessage().startsWith("dir/shop.yaml:19:18: ") && badValue.getMessage().contains("service-create"),
                badValue.getMessage());
    }

    @Test
    void insideTheStackTheKeyResolvesAsTheScopedNameDoes() throws Exception {
        Scenario s = load(SHOP, Optional.empty());
        Simulation sim = new Simulation(s, s.servicesFor(s.experiment("e").orElseThrow()), 1);
        String byKey = sim.run(new CommandSpec("shop_client.1", "dig +short web", 1, null)).output();
        String byName = sim.run(new CommandSpec("shop_client.1", "dig +short shop_web", 1, null)).output();
        assertEquals(byName, byKey);
        assertTrue(byKey.matches("10\\.0\\.\\d+\\.\\d+\n"), "[" + byKey + "]");
        assertEquals("", sim.run(new CommandSpec("shop_client.1", "dig +short db", 1, null)).output(),
                "db shares no network with the client");
        assertEquals("hi", sim.run(new CommandSpec("shop_client.1", "curl -s web", 1, null)).output());
    }

    private static final String EXTERNAL = """
            version: "3.8"
            services:
              web:
                image: nginx:1.25
                networks: [shared, own]
              proxy:
                image: nginx:1.25
                networks: [legacy]
            networks:
              shared:
                external: true
              legacy:
                external: {name: old-net}
              own:
                name: fixed-name
            x-sim:
              nodes: [{name: node1, role: manager, address: 192.168.99.101}]
              networks:
                shared: {driver: overlay, ipam: {config: [{subnet: 10.0.50.0/24}]}}
                old-net: {}
            """;

    @Test
    void externalNetworksNameOverlaysThatExistBeforeTheStack() throws Exception {
        Scenario s = load(EXTERNAL, Optional.empty());
        assertEquals(List.of("shared", "old-net", "fixed-name"), s.networks().stream().map(NetworkDef::name).toList(),
                "the existing overlays first, then the file's own under its name: (no stack prefix); externals are not created");
        assertEquals(List.of("fixed-name", "shared"), s.service("shop_web").orElseThrow().networks().stream()
                .map(NetworkAttachment::network).toList());
        assertEquals(List.of("old-net"), s.service("shop_proxy").orElseThrow().networks().stream().map(NetworkAttachment::network).toList());
        io.swarmsim.engine.control.Cluster c = new Simulation(s, s.services(), 1).cluster();
        assertEquals("10.0.50.0/24", c.network("shared").orElseThrow().subnet().toString());
        assertTrue(c.tasksOf("shop_web").get(0).addresses().get("shared").toString().startsWith("10.0.50."));
        Scenario created = load(EXTERNAL.replace("x-sim:\n", "x-sim:\n  deployed_with: service-create\n"), Optional.empty());
        assertEquals(List.of("shared", "old-net", "fixed-name"), created.networks().stream().map(NetworkDef::name).toList());
        assertEquals(List.of("shared", "fixed-name"), created.service("web").orElseThrow().networks().stream()
                .map(NetworkAttachment::network).toList(), "docker service create keeps the order written");
    }

    @Test
    void anExternalNetworkThatDoesNotExistIsRefusedAsDockerRefusesIt() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> load(EXTERNAL.replace("    old-net: {}\n", ""), Optional.empty()));
        assertEquals("dir/shop.yaml:12:3: network \"old-net\" is declared as external, but could not be found. You need to create"
                + " a swarm-scoped network before the stack is deployed; expected it under x-sim.networks (the overlays the cluster"
                + " has before the stack)", e.getMessage());
        ScenarioException conflict = assertThrows(ScenarioException.class,
                () -> load(EXTERNAL.replace("    external: true\n", "    external: true\n    driver: overlay\n"), Optional.empty()));
        assertTrue(conflict.getMessage().contains("conflicting parameters \"external\" and \"driver\" specified for network \"shared\""),
                conflict.getMessage());
    }

    @Test
    void theExternalNetworkHostPutsTheTasksInTheirNodesNamespaces() throws Exception {
        // Docker's node-local network needs no x-sim declaration: it exists on every node
        Scenario s = load(EXTERNAL.replace("external: {name: old-net}", "external: {name: host}"), Optional.empty());
        Service proxy = s.service("shop_proxy").orElseThrow();
        assertEquals(List.of(NetworkDef.HOST), proxy.networks().stream().map(NetworkAttachment::network).toList());
        assertTrue(proxy.hostNetwork());
        assertFalse(s.service("shop_web").orElseThrow().hostNetwork());
    }
}
