package io.swarmsim.engine.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code docker stack deploy -c FILE NAME} makes of a checked stack file (docker/cli
 * cli/compose/convert, service.go and compose.go): every service and every network the file declares
 * is created as {@code NAME_<key>} (a network's {@code name:} wins); a service without
 * {@code networks:} joins {@code NAME_default}, created as an overlay when some service uses it; each
 * service's attachments are sorted by network name (byNetworkTarget) and carry the service's own key
 * as a last alias, so {@code vote} and {@code tasks.vote} still resolve inside the stack; services
 * and networks carry the label {@code com.docker.stack.namespace=NAME} (services also
 * {@code com.docker.stack.image}). The experiments' overrides and commands are renamed with them: a
 * command {@code from: client.1} runs in {@code NAME_client.1}.
 */
public final class StackDeploy {
    public static final String NAMESPACE_LABEL = "com.docker.stack.namespace";
    public static final String IMAGE_LABEL = "com.docker.stack.image";
    static final String DEFAULT_NETWORK = "default";
    /** swarmkit's check of a service name (manager/controlapi/common.go validateAnnotations). */
    private static final Pattern DNS_COMPONENT = Pattern.compile("[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*");
    private static final int MAX_NAME = 63;

    private StackDeploy() {
    }

    /** How a scenario's services came to be: a stack deployed by name, or {@code docker service create} commands. */
    public enum DeployedWith {
        STACK("stack"), SERVICE_CREATE("service-create");

        private final String text;

        DeployedWith(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The stack name {@code docker stack deploy} would be given for {@code file}: its base name without extension. */
    public static String defaultName(java.nio.file.Path file) {
        String base = file.getFileName() == null ? "stack" : file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /**
     * The scenario as deployed under stack {@code stack}; {@code fromFileName} says whether the name was
     * derived from the file (the error then suggests {@code --stack}). Refuses a name swarm would refuse.
     */
    static Scenario apply(Scenario written, String stack, boolean fromFileName) throws ScenarioException {
        check(written, stack, fromFileName);
        return deploy(written, Optional.of(stack));
    }

    /**
     * Whether a scenario created with {@code docker service create} still needs resolving: it names
     * networks that exist before it (x-sim.networks, external ones) or by an explicit {@code name:}.
     */
    static boolean namesOtherNetworks(Scenario written) {
        return !written.sim().existingNetworks().isEmpty()
            || written.networks().stream().anyMatch(n -> n.external() || n.explicitName().isPresent());
    }

    /**
     * The networks and attachments as Docker ends up with them: the overlays of x-sim.networks first
     * (they exist before the stack), then the file's own networks under their real names; an
     * external network is not created, its attachments go to the existing one it names. With a
     * stack, also the scoping, the default network, the aliases and the labels.
     */
    static Scenario deploy(Scenario written, Optional<String> stack) {
        Map<String, String> targets = new LinkedHashMap<>();
        List<NetworkDef> networks = new ArrayList<>(written.sim().existingNetworks());
        for (NetworkDef n : written.networks()) {
            String target = n.external() || n.explicitName().isPresent() ? n.realName()
                : stack.map(st -> scope(st, n.name())).orElse(n.name());
            targets.put(n.name(), target);
            if (!n.external()) {
                networks.add(new NetworkDef(target, n.driver(), n.subnets(), n.attachable(), n.location()));
            }
        }
        List<Service> services = new ArrayList<>();
        for (Service s : written.services()) {
            if (stack.isEmpty()) {
                services.add(s.deployed(s.name(), s.networks().stream()
                    .map(a -> new NetworkAttachment(targets.get(a.network()), a.aliases(), a.location())).toList(), s.labels()));
                continue;
            }
            List<NetworkAttachment> attachments = new ArrayList<>();
            List<NetworkAttachment> declared = s.networks().isEmpty()
                ? List.of(new NetworkAttachment(DEFAULT_NETWORK, List.of(), s.location())) : s.networks();
            for (NetworkAttachment a : declared) {
                String target = targets.computeIfAbsent(a.network(), k -> scope(stack.get(), k));
                List<String> aliases = new ArrayList<>(a.aliases());
                aliases.add(s.name());
                attachments.add(new NetworkAttachment(target, aliases, a.location()));
            }
            attachments.sort(Comparator.comparing(NetworkAttachment::network));
            services.add(s.deployed(scope(stack.get(), s.name()), attachments, labels(stack.get(), s)));
        }
        if (stack.isPresent() && targets.containsKey(DEFAULT_NETWORK) && written.network(DEFAULT_NETWORK).isEmpty()) {
            networks.add(new NetworkDef(scope(stack.get(), DEFAULT_NETWORK), NetworkReader.OVERLAY, List.of(), false,
                Location.start(written.file())));
        }
        SimSettings sim = written.sim();
        List<Experiment> experiments = stack.isEmpty() ? sim.experiments()
            : sim.experiments().stream().map(e -> experiment(e, written, stack.get())).toList();
        Map<String, List<ServerSpec>> serves = new LinkedHashMap<>();
        sim.serves().forEach((k, v) -> serves.put(stack.map(st -> scope(st, k)).orElse(k), v));
        SimSettings deployed = new SimSettings(sim.dockerVersion(), sim.seed(), sim.nodes(), sim.nodesDefaulted(),
            sim.upstreamDns(), sim.images(), serves, experiments, sim.existingNetworks());
        return new Scenario(written.file(), written.version(), services, networks, deployed, written.notSimulated(), stack);
    }

    /** {@code NAME_key}, as convert.Namespace.Scope writes it. */
    public static String scope(String stack, String key) {
        return stack + "_" + key;
    }

    private static Map<String, String> labels(String stack, Service s) {
        Map<String, String> out = new LinkedHashMap<>(s.labels());
        out.put(NAMESPACE_LABEL, stack);
        out.put(IMAGE_LABEL, s.image());
        return out;
    }

    private static Experiment experiment(Experiment e, Scenario written, String stack) {
        Map<String, ServiceOverride> overrides = new LinkedHashMap<>();
        e.services().forEach((k, v) -> overrides.put(scope(stack, k), v));
        List<CommandSpec> commands = e.commands().stream()
            .map(c -> new CommandSpec(fromTask(c.from(), written) ? scope(stack, c.from()) : c.from(), c.run(), c.times(),
                c.location()))
            .toList();
        Timeline t = e.timeline();
        List<TimelineEvent> events = t.events().stream().map(ev -> ev.action() == TimelineEvent.Action.DRAIN
                || ev.action() == TimelineEvent.Action.DELAY ? ev
            : new TimelineEvent(ev.at(), ev.action(), scope(stack, ev.target()), ev.replicas(), ev.delay(), ev.location())).toList();
        List<Workload> workloads = t.workloads().stream()
            .map(w -> fromTask(w.from(), written) ? w.withFrom(scope(stack, w.from())) : w).toList();
        return new Experiment(e.name(), e.description(), overrides, commands, e.location(),
            new Timeline(events, workloads, t.intervalNanos()));
    }

    /** Whether a checked command's {@code from} names a task ({@code svc.N}, {@code svc.<node>}) rather than a node. */
    private static boolean fromTask(String from, Scenario written) {
        if (written.sim().nodes().stream().anyMatch(n -> n.name().equals(from))) {
            return false;
        }
        int dot = from.lastIndexOf('.');
        return dot > 0 && written.service(from.substring(0, dot)).isPresent();
    }

    private static void check(Scenario written, String stack, boolean fromFileName) throws ScenarioException {
        Location at = Location.start(written.file());
        String why = fromFileName ? " (the stack is named after the file)" : "";
        String fix = fromFileName ? "; expected a file name of letters, digits, '-' and '_', or --stack NAME"
            : "; expected --stack NAME of letters, digits, '-' and '_'";
        if (stack.strip().isEmpty() || stack.chars().allMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
            throw new ScenarioException(new ScenarioError(at, "invalid stack name: \"" + Text.clip(stack) + "\"" + why + fix));
        }
        for (Service s : written.services()) {
            String name = scope(stack, s.name());
            if (!DNS_COMPONENT.matcher(name).matches()) {
                throw new ScenarioException(new ScenarioError(at, "stack '" + Text.clip(stack) + "'" + why + " names service '"
                    + Text.clip(name) + "', which swarm refuses (name must be valid as a DNS name component)" + fix));
            }
            if (name.length() > MAX_NAME) {
                throw new ScenarioException(new ScenarioError(at, "stack '" + Text.clip(stack) + "'" + why + " names service '"
                    + Text.clip(name) + "', which swarm refuses (name must be 63 characters or fewer)"
                    + "; expected a shorter stack name (--stack NAME)"));
            }
        }
    }
}
