package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.scenario.NetworkDef;
import io.swarmsim.kernel.net.IpAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code docker inspect <container>} on the node's daemon: a JSON array of the container's state,
 * config and network settings, with the fields of Docker 1.12's ContainerJSON in their order.
 * Only the overlay networks the task joined appear under Networks; the docker_gwbridge leg is the
 * sandbox's hidden gateway endpoint and is not listed. Nesting puts {@code "SandboxID"} at 12
 * spaces and {@code "IPv4Address"} at 24, as the seed's greps show.
 *
 * <p>Not modelled, so left out: endpoint IDs, host paths other than the netns, the storage driver.
 * {@code "Image"} is a stand-in: {@code sha256:} of the image reference, since the model has no
 * image layers.
 */
final class ContainerInspectView {
    private ContainerInspectView() {
    }

    /** The local container whose ID, unique ID prefix or name ({@code vote.1.<task id>}, with or without "/") is {@code ref}. */
    static Optional<Cluster.Task> find(ViewContext ctx, String ref) {
        String name = ref.startsWith("/") ? ref.substring(1) : ref;
        List<Cluster.Task> local = ctx.localTasks();
        Optional<Cluster.Task> exact = local.stream()
                .filter(t -> t.containerId().equals(ref) || t.containerName().equals(name)).findFirst();
        if (exact.isPresent() || ref.isEmpty()) {
            return exact;
        }
        List<Cluster.Task> byPrefix = local.stream().filter(t -> t.containerId().startsWith(ref)).toList();
        return byPrefix.size() == 1 ? Optional.of(byPrefix.get(0)) : Optional.empty();
    }

    static Map<String, Object> container(ViewContext ctx, Cluster.Task t) {
        Cluster.ServiceState s = ctx.cluster().service(t.service()).orElseThrow();
        ImageConfig image = ImageConfig.of(t.image());
        List<String> argv = image.argv(s.spec().command());
        String started = ctx.started().toString();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("Id", t.containerId());
        c.put("Created", started);
        c.put("Path", argv.isEmpty() ? "" : argv.get(0));
        c.put("Args", argv.isEmpty() ? List.of() : argv.subList(1, argv.size()));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("Status", "running");
        state.put("Running", true);
        state.put("Paused", false);
        state.put("Restarting", false);
        state.put("OOMKilled", false);
        state.put("Dead", false);
        state.put("ExitCode", 0);
        state.put("Error", "");
        state.put("StartedAt", started);
        state.put("FinishedAt", "0001-01-01T00:00:00Z");
        c.put("State", state);
        c.put("Image", "sha256:" + sha256(ImageRef.tagged(t.image())));
        c.put("Name", "/" + t.containerName());
        c.put("RestartCount", 0);
        c.put("Config", config(ctx, t, s, image));
        c.put("NetworkSettings", networkSettings(ctx, t, s, image));
        return c;
    }

    private static Map<String, Object> config(ViewContext ctx, Cluster.Task t, Cluster.ServiceState s, ImageConfig image) {
        Map<String, Object> cfg = new LinkedHashMap<>();
        // a container on the host network takes its node's hostname
        cfg.put("Hostname", s.spec().hostNetwork() ? t.node().name() : t.shortContainerId());
        Map<String, Object> exposed = new TreeMap<>();
        image.exposedPorts().forEach(p -> exposed.put(p, Map.of()));
        cfg.put("ExposedPorts", exposed.isEmpty() ? null : exposed);
        cfg.put("Cmd", s.spec().command().isEmpty() ? (image.cmd().isEmpty() ? null : image.cmd()) : s.spec().command());
        cfg.put("Image", ImageRef.tagged(t.image()));
        cfg.put("Entrypoint", image.entrypoint().isEmpty() ? null : image.entrypoint());
        Map<String, Object> labels = new TreeMap<>();
        labels.put("com.docker.swarm.node.id", t.node().id());
        labels.put("com.docker.swarm.service.id", s.id());
        labels.put("com.docker.swarm.service.name", s.name());
        labels.put("com.docker.swarm.task", "");
        labels.put("com.docker.swarm.task.id", t.id());
        labels.put("com.docker.swarm.task.name", t.name());
        // a stack's containers carry its namespace (convert.Service: ContainerSpec.Labels = AddStackLabel(...))
        String stack = s.spec().labels().get(io.swarmsim.engine.scenario.StackDeploy.NAMESPACE_LABEL);
        if (stack != null) {
            labels.put(io.swarmsim.engine.scenario.StackDeploy.NAMESPACE_LABEL, stack);
        }
        cfg.put("Labels", labels);
        return cfg;
    }

    private static Map<String, Object> networkSettings(ViewContext ctx, Cluster.Task t, Cluster.ServiceState s, ImageConfig image) {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("Bridge", "");
        ns.put("SandboxID", t.sandboxId());
        ns.put("HairpinMode", false);
        ns.put("LinkLocalIPv6Address", "");
        ns.put("LinkLocalIPv6PrefixLen", 0);
        Map<String, Object> ports = new TreeMap<>();
        image.exposedPorts().forEach(p -> ports.put(p, null));
        ns.put("Ports", ports);
        // a container on the host network is in the daemon's own namespace, which libnetwork calls default
        ns.put("SandboxKey", "/var/run/docker/netns/" + (s.spec().hostNetwork() ? "default" : t.sandboxId().substring(0, 12)));
        ns.put("SecondaryIPAddresses", null);
        ns.put("SecondaryIPv6Addresses", null);
        ns.put("EndpointID", "");
        ns.put("Gateway", "");
        ns.put("GlobalIPv6Address", "");
        ns.put("GlobalIPv6PrefixLen", 0);
        ns.put("IPAddress", "");
        ns.put("IPPrefixLen", 0);
        ns.put("IPv6Gateway", "");
        ns.put("MacAddress", "");
        Map<String, Object> networks = new TreeMap<>();
        for (Map.Entry<String, IpAddress> e : t.addresses().entrySet()) {
            if (e.getKey().equals(Allocator.GWBRIDGE)) {
                continue;
            }
            Cluster.Network net = ctx.cluster().network(e.getKey()).orElseThrow();
            networks.put(net.name(), endpoint(t, s, net, e.getValue()));
        }
        if (s.spec().hostNetwork()) {
            networks.put(NetworkDef.HOST, hostEndpoint(t));
        }
        ns.put("Networks", networks);
        return ns;
    }

    /** The endpoint on the node's host network: no address, no MAC, the node's own host network ID. */
    private static Map<String, Object> hostEndpoint(Cluster.Task t) {
        Map<String, Object> ep = new LinkedHashMap<>();
        ep.put("IPAMConfig", null);
        ep.put("Links", null);
        ep.put("Aliases", null);
        ep.put("NetworkID", NetworkListView.localId(t.node(), NetworkDef.HOST));
        for (String key : List.of("EndpointID", "Gateway", "IPAddress")) {
            ep.put(key, "");
        }
        ep.put("IPPrefixLen", 0);
        ep.put("IPv6Gateway", "");
        ep.put("GlobalIPv6Address", "");
        ep.put("GlobalIPv6PrefixLen", 0);
        ep.put("MacAddress", "");
        return ep;
    }

    private static Map<String, Object> endpoint(Cluster.Task t, Cluster.ServiceState s, Cluster.Network net, IpAddress ip) {
        Map<String, Object> ep = new LinkedHashMap<>();
        Map<String, Object> ipam = new LinkedHashMap<>();
        ipam.put("IPv4Address", ip.toString());
        ep.put("IPAMConfig", ipam);
        ep.put("Links", null);
        List<String> aliases = new ArrayList<>();
        s.spec().networks().stream().filter(a -> a.network().equals(net.name())).forEach(a -> aliases.addAll(a.aliases()));
        aliases.add(t.shortContainerId());
        ep.put("Aliases", aliases);
        ep.put("NetworkID", net.id());
        ep.put("EndpointID", "");
        ep.put("Gateway", "");
        ep.put("IPAddress", ip.toString());
        ep.put("IPPrefixLen", net.subnet().length());
        ep.put("IPv6Gateway", "");
        ep.put("GlobalIPv6Address", "");
        ep.put("GlobalIPv6PrefixLen", 0);
        ep.put("MacAddress", t.mac(net.name()).toString());
        return ep;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
