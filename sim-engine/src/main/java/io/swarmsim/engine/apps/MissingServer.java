package io.swarmsim.engine.apps;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.scenario.PortConfig;
import io.swarmsim.engine.scenario.ServerSpec;
import io.swarmsim.kernel.net.IpAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a connection was refused when the reason is the simulation's, not the network's: the tasks
 * it could reach serve nothing on that port. Names the image and the x-sim key that would declare a server.
 */
public final class MissingServer {
    private MissingServer() {
    }

    /** The hint for a refused connection to {@code to}:{@code port}, if the tasks behind it have no server there. */
    public static Optional<String> hint(Cluster cluster, TaskServers servers, IpAddress to, int port) {
        Optional<Cluster.Task> task = cluster.taskByAddress(to);
        if (task.isPresent()) {
            return hint(servers, cluster.service(task.get().service()), port);
        }
        for (Cluster.ServiceState s : cluster.services()) {
            if (s.vips().containsValue(to)) {
                return hint(servers, Optional.of(s), port);
            }
        }
        for (Cluster.ServiceState s : cluster.services()) {
            for (PortConfig p : s.spec().ports()) {
                if (p.published() == port) {
                    return hint(servers, Optional.of(s), p.target());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> hint(TaskServers servers, Optional<Cluster.ServiceState> service, int port) {
        if (service.isEmpty()) {
            return Optional.empty();
        }
        String name = service.get().name();
        String image = service.get().spec().image();
        List<ServerSpec> specs = servers.of(name, image);
        List<String> ports = specs.stream().map(ServerSpec::port).distinct().map(String::valueOf).toList();
        if (ports.contains(String.valueOf(port))) {
            return Optional.empty();
        }
        String keys = "x-sim.images.\"" + ServerCatalogue.repository(image) + "\".serves or x-sim.services." + service.get().spec().key() + ".serves";
        if (specs.isEmpty()) {
            return Optional.of(String.format(Locale.ROOT, "no server listens on port %d: in the simulation, image %s serves nothing;"
                    + " declare what it serves with %s", port, image, keys));
        }
        String only = "only on port" + (ports.size() > 1 ? "s " : " ") + String.join(", ", ports);
        String from = specs.get(0).declaredBy();
        String where = from.equals(ServerCatalogue.SOURCE) ? "image " + image + " serves " + only + " (the image catalogue); declare port "
                + port + " with " + keys : "the tasks of " + name + " serve " + only + " (" + from + "); add port " + port + " there";
        return Optional.of(String.format(Locale.ROOT, "no server listens on port %d: in the simulation, %s", port, where));
    }
}
