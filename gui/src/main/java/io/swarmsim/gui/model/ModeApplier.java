package io.swarmsim.gui.model;

import io.swarmsim.engine.control.DockerVersion;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.Service;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a run's modes (Docker era, client image) over a loaded scenario, the way a teacher
 * would edit the stack file: the era is the {@code x-sim.docker_version}, the client image replaces
 * the image of every service an experiment runs commands from (the "client"; the image decides the
 * resolver, ping and HTTP client, see the engine's image catalogue). Servers keep their images, so
 * only the side that chooses an address changes.
 */
public final class ModeApplier {
    private ModeApplier() {
    }

    /**
     * The scenario with the modes applied; {@link RunRequest.Modes#AS_WRITTEN} leaves it as it is.
     *
     * @throws IllegalArgumentException for an era that is not a Docker version ({@code 1.12}, {@code 18.06})
     */
    public static Scenario apply(Scenario s, RunRequest.Modes modes) {
        Scenario out = s;
        if (modes.era().isPresent()) {
            String era = modes.era().get();
            DockerVersion.parse(era);
            out = out.withDockerVersion(era);
        }
        if (modes.clientImage().isPresent()) {
            for (String service : clientServices(s)) {
                out = out.withImage(service, modes.clientImage().get());
            }
        }
        return out;
    }

    /**
     * The services whose tasks run an experiment's commands ({@code from: client.1} names service
     * {@code client}), in file order; commands run from a node's host name no service.
     */
    public static List<String> clientServices(Scenario s) {
        Set<String> named = new LinkedHashSet<>();
        for (Experiment e : s.sim().experiments()) {
            for (CommandSpec c : e.commands()) {
                serviceOf(s, c.from()).ifPresent(named::add);
            }
        }
        return s.services().stream().map(Service::name).filter(named::contains).toList();
    }

    private static Optional<String> serviceOf(Scenario s, String from) {
        int dot = from.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : s.service(from.substring(0, dot)).map(Service::name);
    }
}
