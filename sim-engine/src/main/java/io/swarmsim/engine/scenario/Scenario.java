package io.swarmsim.engine.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A loaded scenario: the stack's services (file order), networks, simulation settings, ignored keys. */
public record Scenario(Path file, Optional<String> version, List<Service> services, List<NetworkDef> networks,
                       SimSettings sim, List<NotSimulated> notSimulated) {
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

    public Optional<Service> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<NetworkDef> network(String name) {
        return networks.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public Optional<Experiment> experiment(String name) {
        return sim.experiments().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
