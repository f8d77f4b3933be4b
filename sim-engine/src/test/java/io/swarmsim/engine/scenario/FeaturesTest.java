package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeaturesTest {
    private static Scenario parse(String text) throws ScenarioException {
        return ScenarioLoader.parse(text, Path.of("f.yaml"));
    }

    @Test
    void shortPortSyntaxVariants() throws ScenarioException {
        Scenario s = parse("""
            services:
              a:
                image: x
                ports: [80, "8080:81", "53:53/udp", "9000-9001:90-91"]
            """);
        assertEquals(List.of(
            new PortConfig(80, 0, Transport.TCP, PublishMode.INGRESS),
            new PortConfig(81, 8080, Transport.TCP, PublishMode.INGRESS),
            new PortConfig(53, 53, Transport.UDP, PublishMode.INGRESS),
            new PortConfig(90, 9000, Transport.TCP, PublishMode.INGRESS),
            new PortConfig(91, 9001, Transport.TCP, PublishMode.INGRESS)), s.services().get(0).ports());
    }

    @Test
    void commandStringIsSplitLikeAShell() throws ScenarioException {
        Scenario s = parse("""
            services:
              a:
                image: x
                command: sh -c 'echo "hello world"' last\\ word
            """);
        assertEquals(List.of("sh", "-c", "echo \"hello world\"", "last word"), s.services().get(0).command());
    }

    @Test
    void globalServiceTasksAreNamedByNode() throws ScenarioException {
        Scenario s = parse("""
            services:
              agent:
                image: x
                deploy: {mode: global}
            x-sim:
              nodes:
                - {name: m1, role: manager, address: 10.1.0.1}
                - {name: w1, address: 10.1.0.2}
              experiments:
                - name: e
                  commands: [{from: agent.w1, run: dig tasks.agent}]
            """);
        assertEquals(2, s.services().get(0).replicas());
        assertEquals(Role.WORKER, s.sim().nodes().get(1).role());
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse("""
            services:
              agent:
                image: x
                deploy: {mode: global, placement: {constraints: [node.role==manager]}}
            x-sim:
              nodes:
                - {name: m1, role: manager, address: 10.1.0.1}
                - {name: w1, address: 10.1.0.2}
              experiments:
                - name: e
                  commands: [{from: agent.w1, run: dig tasks.agent}]
            """));
        assertEquals("f.yaml:11:18: command from 'agent.w1' in experiment 'e' names no task of global service agent;"
            + " expected agent.<node> for a node the service runs on", e.getMessage());
    }

    @Test
    void dnsrrWithPublishedPortsIsLeftToTheControlPlane() throws ScenarioException {
        Scenario s = parse("""
            services:
              a:
                image: x
                ports: ["8080:80"]
                deploy: {endpoint_mode: dnsrr}
            """);
        assertEquals(EndpointMode.DNSRR, s.services().get(0).endpointMode());
    }

    @Test
    void supportedDockerVersions() throws ScenarioException {
        for (String v : List.of("1.12", "1.12.6", "1.13", "17.03", "17.06", "18.06", "19.03", "20.10", "20.10.24", "23.0", "24.0.7", "28.2.2")) {
            assertEquals(v, parse("services: {a: {image: x}}\nx-sim: {docker_version: \"" + v + "\"}\n")
                .sim().dockerVersion());
        }
        for (String v : List.of("1.11", "1.14", "16.12", "17.02", "18.13", "18.6", "23.01", "latest", "3.0")) {
            assertThrows(ScenarioException.class,
                () -> parse("services: {a: {image: x}}\nx-sim: {docker_version: \"" + v + "\"}\n"), v);
        }
    }

    @Test
    void nearestKeySuggestion() {
        assertEquals("replicas", Nearest.to("replica", List.of("mode", "replicas", "endpoint_mode")).orElseThrow());
        assertEquals("endpoint_mode", Nearest.to("endpointmode", List.of("mode", "replicas", "endpoint_mode")).orElseThrow());
        assertTrue(Nearest.to("zzzzzz", List.of("mode", "replicas")).isEmpty());
        assertEquals(3, Nearest.distance("kitten", "sitting"));
    }
}
