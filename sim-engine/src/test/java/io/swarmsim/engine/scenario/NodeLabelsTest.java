package io.swarmsim.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** node.labels.* and node.platform.* constraints against the labels and platforms declared on x-sim nodes. */
class NodeLabelsTest {
    private static final String YAML = """
            version: "3.8"
            services:
              db:
                image: postgres:16
                deploy:
                  placement:
                    constraints: [node.labels.disk == ssd, node.platform.os == linux]
              edge:
                image: nginx
                deploy:
                  mode: global
                  placement:
                    constraints: [node.labels.zone != internal, node.platform.arch == aarch64]
            x-sim:
              nodes:
                - {name: m1, role: manager, address: 192.168.99.101, labels: {disk: ssd, zone: internal}}
                - {name: w1, role: worker, address: 192.168.99.102, labels: [disk=hdd, zone=dmz], platform: {arch: aarch64}}
                - {name: w2, role: worker, address: 192.168.99.103, platform: {os: linux, arch: aarch64}}
            """;

    private static List<String> allowed(Scenario s, String service) {
        Service v = s.services().stream().filter(x -> x.name().equals(service)).findFirst().orElseThrow();
        return s.sim().nodes().stream().filter(v::allows).map(NodeDef::name).toList();
    }

    @Test
    void labelsAndPlatformDecideWhereTasksMayRun() throws Exception {
        Scenario s = ScenarioLoader.parse(YAML, Path.of("labels.yaml"), Map.of());
        assertEquals(List.of("m1"), allowed(s, "labels_db"));
        assertEquals(List.of("w1", "w2"), allowed(s, "labels_edge"), "a node without the label satisfies !=");
        assertEquals(2, s.services().get(1).replicas(), "a global service runs on every node its constraints allow");
        assertEquals(Map.of("disk", "hdd", "zone", "dmz"), s.sim().nodes().get(1).labels());
        assertEquals("x86_64", s.sim().nodes().get(0).arch());
    }
}
