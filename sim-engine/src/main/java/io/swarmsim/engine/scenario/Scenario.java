package io.swarmsim.engine.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A loaded scenario: the stack's services (file order), networks, simulation settings, ignored keys;
 * {@code stack} is the stack's name when it is deployed as one (names are then scoped: see StackDeploy),
 * empty when it models {@code docker service create} commands.
 */
public record Scenario(Path file, Optional<String> version, List<Service> services, List<NetworkDef> networks,
                       SimSettings sim, List<NotSimulated> notSimulated, Optional<String> stack) {
    public Scenario {
        services = List.copyOf(services);
        networks = List.copyOf(networks);
        notSimulated = List.copyOf(notSimulated);
    }

    /** The services as they run in {@code experiment}: the stack's services with its overrides applied. */
    public List<Service> servicesFor(Experiment experiment) {
        return services.stream()
            .map(s -> {
                ServiceOverride o = experiment.services().get(s.name());
                return o == null ? s : s.with(o);
            })
            .toList();
    }

    /** The key a deployed service or network was written under: {@code vote} for {@code mystack_vote}. */
    public String keyOf(String deployedName) {
        String prefix = stack.map(s -> s + "_").orElse("");
        return deployedName.startsWith(prefix) ? deployedName.substring(prefix.length()) : deployedName;
    }

    public Optional<Service> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<NetworkDef> network(String name) {
        return networks.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public Optional<Experiment> experiment(String name) {
        return sim.experiments().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * This scenario as if its {@code x-sim.docker_version} said {@code version} (the GUI's era
     * toggle). The text is taken as the loader would keep it; the allocator parses it when it runs.
     */
    public Scenario withDockerVersion(String version) {
        SimSettings s = new SimSettings(version, sim.seed(), sim.nodes(), sim.nodesDefaulted(), sim.upstreamDns(),
            sim.images(), sim.serves(), sim.experiments(), sim.existingNetworks());
        return new Scenario(file, this.version, services, networks, s, notSimulated, stack);
    }

    /**
     * This scenario with service {@code service} running {@code image}, in the stack and in every
     * experiment that overrides its image (so the replacement wins everywhere the service runs);
     * unchanged when no service has that name. The image decides the client's resolver, ping and
     * HTTP client (see the image catalogue), which is what the GUI's client-image toggle changes.
     */
    public Scenario withImage(String service, String image) {
        List<Service> svcs = services.stream()
            .map(s -> s.name().equals(service) ? s.with(new ServiceOverride(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(image), s.location())) : s)
            .toList();
        List<Experiment> exps = sim.experiments().stream().map(e -> {
            ServiceOverride o = e.services().get(service);
            if (o == null || o.image().isEmpty()) {
                return e;
            }
            java.util.Map<String, ServiceOverride> m = new java.util.LinkedHashMap<>(e.services());
            m.put(service, new ServiceOverride(o.endpointMode(), o.ports(), o.replicas(), Optional.of(image), o.location()));
            return new Experiment(e.name(), e.description(), m, e.commands(), e.location(), e.timeline());
        }).toList();
        SimSettings s = new SimSettings(sim.dockerVersion(), sim.seed(), sim.nodes(), sim.nodesDefaulted(), sim.upstreamDns(),
            sim.images(), sim.serves(), exps, sim.existingNetworks());
        return new Scenario(file, version, svcs, networks, s, notSimulated, stack);
    }
}
