package io.swarmsim.engine.control;

import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Desired states that between them hold a value in every field: scenarios/vote.yaml's experiments
 * in Docker 1.12 (load balancing in every container), 18.06 (lb_ sandboxes) and 23.0 (the IPVS
 * sysctl tweaks), and scenarios/aliases-hosts.yaml with a dns server added (a container's
 * extra_hosts, dns_search and dns). Test support for the contract tests of the kernel loader and the live applier.
 */
public final class ContractStates {
    private ContractStates() {
    }

    /** The vote.yaml of this checkout, found from any module's directory. */
    public static Path voteYaml() {
        Path p = Path.of("scenarios/vote.yaml");
        return Files.exists(p) ? p : Path.of("../scenarios/vote.yaml");
    }

    public static List<DesiredState> all() throws Exception {
        Scenario s = ScenarioLoader.load(voteYaml());
        List<DesiredState> out = new ArrayList<>();
        for (String version : new String[] {"1.12", "18.06", "23.0"}) {
            Scenario v = s.withDockerVersion(version);
            for (Experiment e : v.sim().experiments()) {
                out.add(new Simulation(v, v.servicesFor(e), 1).desired());
            }
        }
        // a stack whose app sets extra_hosts, dns_search and dns: values in the container's name-resolution fields
        Path names = voteYaml().resolveSibling("aliases-hosts.yaml");
        String text = Files.readString(names).replace("    dns_search: [corp.example]\n",
                "    dns_search: [corp.example]\n    dns: [198.51.100.53]\n");
        Scenario stack = ScenarioLoader.parse(text, names, java.util.Map.of());
        out.add(new Simulation(stack, stack.servicesFor(stack.sim().experiments().get(0)), 1).desired());
        return out;
    }
}
