package io.swarmsim.engine.scenario;

import io.swarmsim.kernel.net.Prefix;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-checks a scenario whose parts were each read without error: network references, subnets, placement,
 * published ports and address space (for the stack and for every experiment), experiment overrides and
 * commands.
 */
final class ScenarioValidator {
    /** The daemon's own networks, which no network may be created as. */
    private static final Set<String> PREDEFINED = Set.of("bridge", NetworkDef.HOST, "none", "default");

    private final Problems problems;
    private final Sources sources;
    private final List<NetworkDef> networks;
    private final List<NodeDef> nodes;

    /** Whether the file is deployed as a stack, where {@code default} names the stack's default network undeclared. */
    private boolean stack;

    ScenarioValidator asStack(boolean deployedAsStack) {
        this.stack = deployedAsStack;
        return this;
    }

    /** The overlays of x-sim.networks, which the file's external networks must name. */
    private List<NetworkDef> existing = List.of();

    ScenarioValidator existing(List<NetworkDef> declared) {
        this.existing = declared;
        return this;
    }

    ScenarioValidator(Problems problems, Sources sources, List<NetworkDef> networks, List<NodeDef> nodes) {
        this.problems = problems;
        this.sources = sources;
        this.networks = networks;
        this.nodes = nodes;
    }

    void validate(List<Service> services, List<Experiment> experiments) {
        networkReferences(services);
        subnetOverlaps();
        runnable(services, null);
        for (Experiment e : experiments) {
            overrides(e, services);
        }
    }

    private void networkReferences(List<Service> services) {
        Set<String> known = networks.stream().map(NetworkDef::name).collect(Collectors.toSet());
        Set<String> exist = existing.stream().map(NetworkDef::name).collect(Collectors.toSet());
        for (NetworkDef n : networks) {
            // the daemon refuses to create a network under a predefined name (runconfig.IsPreDefinedNetwork)
            String created = n.external() ? null : n.explicitName().orElse(stack ? null : n.name());
            if (created != null && PREDEFINED.contains(created)) {
                problems.add(n.location(), "\"" + created + "\" is a pre-defined network and cannot be created; expected"
                    + (created.equals(NetworkDef.HOST) ? " external: true to use the nodes' own network, or" : "") + " another name");
            }
            if (n.external() && !n.realName().equals(NetworkDef.HOST) && !exist.contains(n.realName())) {
                problems.add(n.location(), "network \"" + n.realName() + "\" is declared as external, but could not be found."
                    + " You need to create a swarm-scoped network before the stack is deployed; expected it under x-sim.networks"
                    + " (the overlays the cluster has before the stack)");
            }
        }
        for (NetworkDef n : existing) {
            networks.stream().filter(d -> !d.external() && d.explicitName().filter(x -> x.equals(n.name())).isPresent())
                .forEach(d -> problems.add(d.location(), "networks." + d.name() + " is named '" + n.name()
                    + "', a network that exists already (x-sim.networks); expected external: true to use it, or another name"));
        }
        Set<String> hostKeys = networks.stream().filter(n -> n.external() && n.realName().equals(NetworkDef.HOST))
            .map(NetworkDef::name).collect(Collectors.toSet());
        for (Service s : services) {
            hostNetworkAlone(s, hostKeys);
            Set<String> seen = new HashSet<>();
            for (NetworkAttachment a : s.networks()) {
                if (!known.contains(a.network()) && !(stack && a.network().equals(StackDeploy.DEFAULT_NETWORK))) {
                    String hint = Nearest.to(a.network(), known).map(n -> " (did you mean '" + n + "'?)").orElse("");
                    problems.add(a.location(), "services." + s.name() + " uses undefined network '"
                        + Text.clip(a.network()) + "'" + hint + "; expected a network declared under top-level networks"
                        + (known.isEmpty() ? "" : ": " + Text.choices(known.stream().sorted().toList())));
                } else if (!seen.add(a.network())) {
                    problems.add(a.location(), "services." + s.name() + " lists network '" + a.network()
                        + "' twice; expected each network once");
                }
            }
        }
    }

    /**
     * Subnets Docker gives its own networks on every node: ingress (swarm's default, 10.255.0.0/16) and
     * docker_gwbridge (172.18.0.0/16 on these hosts); a stack subnet overlapping them gives duplicate addresses.
     */
    private static final List<Prefix> RESERVED = List.of(Prefix.parse("10.255.0.0/16"), Prefix.parse("172.18.0.0/16"));
    private static final List<String> RESERVED_NAMES = List.of("ingress", "docker_gwbridge");

    /**
     * A task on the host network runs in its node's own namespace: it joins no other network (a
     * container's network mode is host or its networks, not both), and an ingress-mode port, which
     * needs the task on the ingress network, cannot reach it.
     */
    private void hostNetworkAlone(Service s, Set<String> hostKeys) {
        List<NetworkAttachment> onHost = s.networks().stream().filter(a -> hostKeys.contains(a.network())).toList();
        if (onHost.isEmpty()) {
            return;
        }
        if (s.networks().size() > 1) {
            problems.add(onHost.get(0).location(), "services." + s.name() + " joins the host network and "
                + (s.networks().size() - 1) + " other network(s); a task on the host network is in its node's own namespace"
                + " and joins no other; expected the host network alone");
        }
        s.ports().stream().filter(p -> p.mode() == PublishMode.INGRESS).findFirst().ifPresent(p -> problems.add(s.location(),
            "services." + s.name() + " is on the host network and publishes port " + p.target() + " in ingress mode, which"
                + " needs its tasks on the ingress network; expected mode: host (its ports are the node's own already) or no ports"));
    }

    private void subnetOverlaps() {
        for (int i = 0; i < networks.size(); i++) {
            NetworkDef a = networks.get(i);
            for (int k = 0; k < a.subnets().size(); k++) {
                Prefix pa = a.subnets().get(k);
                Location at = sources.subnets.get(a.name()).get(k);
                for (int r = 0; r < RESERVED.size(); r++) {
                    if (pa.overlaps(RESERVED.get(r))) {
                        problems.add(at, "subnet " + pa + " of networks." + a.name() + " overlaps " + RESERVED.get(r)
                            + ", which Docker gives to " + RESERVED_NAMES.get(r) + "; expected a subnet outside "
                            + RESERVED.get(0) + " and " + RESERVED.get(1));
                    }
                }
                for (int j = 0; j <= i; j++) {
                    NetworkDef b = networks.get(j);
                    int limit = j == i ? k : b.subnets().size();
                    for (int l = 0; l < limit; l++) {
                        Prefix pb = b.subnets().get(l);
                        if (pa.overlaps(pb)) {
                            problems.add(at, "subnet " + pa + " of networks." + a.name() + " overlaps " + pb
                                + " of networks." + b.name() + " (" + sources.subnets.get(b.name()).get(l)
                                + "); expected disjoint subnets");
                        }
                    }
                }
            }
        }
    }

    /** Published ports and address space of {@code services} as run by {@code experiment} (null: the stack). */
    private void runnable(List<Service> services, String experiment) {
        String in = experiment == null ? "" : " in experiment '" + experiment + "'";
        Map<String, String> published = new HashMap<>();
        for (Service s : services) {
            List<Location> at = sources.portsOf(experiment, s.name());
            for (int i = 0; i < s.ports().size(); i++) {
                PortConfig p = s.ports().get(i);
                if (p.published() == 0) {
                    continue;
                }
                if (p.mode() == PublishMode.HOST) {
                    continue; // host-mode ports clash per node, in the scheduler: the later task waits (Pending)
                }
                String key = p.published() + "/" + p.protocol().text();
                String where = "services." + s.name() + " (" + at.get(i) + ")";
                String first = published.putIfAbsent(key, where);
                if (first != null) {
                    problems.add(at.get(i), "published port " + key + " of services." + s.name() + in
                        + " is already published by " + first + "; expected each published port and protocol once");
                }
            }
        }
        for (NetworkDef n : networks) {
            if (n.subnets().isEmpty()) {
                continue;
            }
            long usable = n.subnets().stream().mapToLong(p -> Math.max(0, p.size() - 2)).sum();
            long vips = services.stream().filter(s -> s.isOn(n.name()) && s.endpointMode() == EndpointMode.VIP).count();
            long tasks = services.stream().filter(s -> s.isOn(n.name())).mapToLong(Service::replicas).sum();
            long needed = 1 + vips + tasks;
            if (needed > usable) {
                problems.add(sources.subnets.get(n.name()).get(0), "networks." + n.name() + in + " has " + usable
                    + " usable addresses in " + n.subnets().stream().map(Prefix::toString).collect(Collectors.joining(", "))
                    + "; expected room for " + needed + " (1 gateway, " + vips + " VIPs, " + tasks + " tasks)");
            }
        }
    }

    private void overrides(Experiment e, List<Service> services) {
        Map<String, Service> byName = services.stream().collect(Collectors.toMap(Service::name, s -> s));
        boolean ok = true;
        for (Map.Entry<String, ServiceOverride> o : e.services().entrySet()) {
            Service s = byName.get(o.getKey());
            if (s == null) {
                String hint = Nearest.to(o.getKey(), byName.keySet()).map(n -> " (did you mean '" + n + "'?)")
                    .orElse("");
                problems.add(o.getValue().location(), "experiment '" + e.name() + "' overrides unknown service '"
                    + Text.clip(o.getKey()) + "'" + hint + "; expected one of: "
                    + Text.choices(services.stream().map(Service::name).toList()));
                ok = false;
            } else if (s.mode().isGlobal() && o.getValue().replicas().isPresent()) {
                problems.add(o.getValue().location(), "experiment '" + e.name() + "' sets replicas of global service '"
                    + s.name() + "'; expected replicas only for replicated services");
                ok = false;
            }
        }
        if (!ok) {
            return;
        }
        List<Service> effective = services.stream()
            .map(s -> e.services().containsKey(s.name()) ? s.with(e.services().get(s.name())) : s).toList();
        runnable(effective, e.name());
        new CommandSources(problems, nodes).check(e, effective);
        new TimelineChecks(problems, nodes).check(e, effective);
    }
}
