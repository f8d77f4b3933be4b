package io.swarmsim.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.netns.NetNamespace;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 point 10: which namespaces have IPv6 (lo's ::1) per era. A host always does; the
 * namespaces libnetwork creates (containers, ingress and lb_ sandboxes, overlay namespaces) start
 * with net.ipv6.conf.all.disable_ipv6=1 from 17.04 to 25.x (osl NewSandbox), so they have no ::1.
 */
class LoopbackIpv6Test {
    /** Per namespace kind, whether its lo has ::1, for vote.yaml's vip experiment in {@code version}. */
    private static Map<String, Boolean> loopbackV6(String version) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml")).withDockerVersion(version);
        Simulation sim = new Simulation(s, s.servicesFor(s.experiment("vip").orElseThrow()), 1);
        Map<String, Boolean> out = new TreeMap<>();
        for (DesiredState.Namespace n : sim.desired().namespaces()) {
            NetNamespace ns = sim.namespace(n.name()).orElseThrow();
            boolean v6 = ns.addresses().stream().anyMatch(a -> a.device().equals("lo") && a.address().isV6());
            Boolean before = out.put(n.kind().toString(), v6);
            assertEquals(before == null ? v6 : before, v6, "every " + n.kind() + " alike in " + version);
        }
        return out;
    }

    @Test
    void sandboxesLoseIpv6From1704To25() throws Exception {
        assertEquals(Map.of("CONTAINER", true, "HOST", true, "INGRESS_SANDBOX", true, "OVERLAY", true), loopbackV6("1.12"));
        assertEquals(Map.of("CONTAINER", false, "HOST", true, "INGRESS_SANDBOX", false, "LB_SANDBOX", false, "OVERLAY", false),
                loopbackV6("18.06"));
        assertEquals(Map.of("CONTAINER", true, "HOST", true, "INGRESS_SANDBOX", true, "LB_SANDBOX", true, "OVERLAY", true),
                loopbackV6("26.1"));
        assertEquals(false, new DockerVersionProbe("17.03").disables());
        assertEquals(true, new DockerVersionProbe("17.04").disables());
        assertEquals(true, new DockerVersionProbe("25.0").disables());
        assertEquals(false, new DockerVersionProbe("26.0").disables());
    }

    private record DockerVersionProbe(String version) {
        boolean disables() {
            return DockerVersion.parse(version).disablesIpv6InSandboxes();
        }
    }
}
