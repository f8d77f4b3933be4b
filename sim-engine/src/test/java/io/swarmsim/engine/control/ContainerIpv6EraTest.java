package io.swarmsim.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.engine.exec.ExecCommand;
import io.swarmsim.engine.exec.ExecTarget;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a task's interfaces keep the kernel's fe80:: address, per Docker era (which decides whether
 * glibc applies rule 9 to IPv4): yes up to 17.03, no from 17.04 (libnetwork PR #968, moby#33099), yes in
 * 26.0 (moby PR #47062), no again from 26.1 (moby PR #47769).
 */
class ContainerIpv6EraTest {
    @ParameterizedTest(name = "Docker {0}: fe80 {1}")
    @CsvSource({"1.12, true", "1.13, true", "17.06, false", "18.06, false", "20.10, false"})
    void linkLocalAddressesFollowTheEra(String version, boolean linkLocal) throws Exception {
        String text = Files.readString(Path.of("../scenarios/vote.yaml")).replace("docker_version: \"1.12\"",
            "docker_version: \"" + version + "\"");
        Scenario s = ScenarioLoader.parse(text, Path.of("vote.yaml"));
        Simulation sim = new Simulation(s, s.servicesFor(s.experiment("dnsrr").orElseThrow()), 1);
        String addr = ExecCommand.run(sim, ExecTarget.resolve(sim, "client.1"), List.of("ip", "addr")).out();
        assertEquals(linkLocal, addr.contains("inet6 fe80::"), addr);
        assertEquals(linkLocal, DockerVersion.parse(version).keepsContainerLinkLocal());
    }

    @ParameterizedTest(name = "Docker {0}.{1}: fe80 {2}")
    @CsvSource({"17, 3, true", "17, 4, false", "25, 0, false", "26, 0, true", "26, 1, false", "27, 0, false"})
    void theBoundariesOfTheEras(int major, int minor, boolean linkLocal) {
        assertEquals(linkLocal, new DockerVersion(major, minor).keepsContainerLinkLocal());
    }
}
