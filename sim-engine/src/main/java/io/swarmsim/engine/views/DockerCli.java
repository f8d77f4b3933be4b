package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DockerVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Docker CLI as a learner types it on one node of the simulated cluster: {@code docker node ls},
 * {@code service ls}, {@code service tasks}/{@code ps}, {@code ps}, {@code inspect} and
 * {@code service inspect --format}. Output follows the chosen release's layout; swarm-wide
 * commands on a worker get the daemon's refusal. Never throws for user input.
 */
public final class DockerCli {
    static final String NOT_A_MANAGER = "Error response from daemon: This node is not a swarm manager. Worker nodes can't be "
            + "used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.";

    private final ViewContext ctx;

    /**
     * @param cluster the cluster model
     * @param nodeName the node whose daemon answers ({@code docker ps} lists its containers)
     * @param version the Docker release whose CLI layout is printed
     * @param uptime simulated time since the tasks started (ages such as "2 hours ago")
     */
    public DockerCli(Cluster cluster, String nodeName, DockerVersion version, Duration uptime) {
        Cluster.Node node = cluster.node(nodeName).orElseThrow(() -> new IllegalArgumentException("no node named " + nodeName));
        if (uptime.isNegative()) {
            throw new IllegalArgumentException("negative uptime " + uptime);
        }
        this.ctx = new ViewContext(cluster, node, new CliDialect(version), uptime);
    }

    /** The cluster's own Docker version. */
    public DockerCli(Cluster cluster, String nodeName, Duration uptime) {
        this(cluster, nodeName, cluster.version(), uptime);
    }

    /** Runs the words after {@code docker}, e.g. {@code ["service", "tasks", "vote"]}. */
    public CliResult run(List<String> words) {
        if (words.isEmpty()) {
            return unsupported("docker");
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "node" -> node(rest);
            case "service" -> service(rest);
            case "network" -> network(rest);
            case "ps" -> rest.isEmpty() ? CliResult.ok(ContainerListView.render(ctx)) : unsupported("docker ps " + String.join(" ", rest));
            case "inspect" -> inspect(rest);
            default -> unsupported("docker " + String.join(" ", words));
        };
    }

    /** Splits {@code line} on blanks (no quoting) and runs it; a leading "docker" is optional. */
    public CliResult run(String line) {
        List<String> words = new ArrayList<>(List.of(line.trim().split("\\s+")));
        words.removeIf(String::isEmpty);
        if (!words.isEmpty() && words.get(0).equals("docker")) {
            words.remove(0);
        }
        return run(words);
    }

    private CliResult node(List<String> rest) {
        if (!rest.equals(List.of("ls"))) {
            return unsupported("docker node " + String.join(" ", rest));
        }
        return managerOnly(() -> CliResult.ok(NodeListView.render(ctx)));
    }

    private CliResult service(List<String> rest) {
        if (rest.isEmpty()) {
            return unsupported("docker service");
        }
        String sub = rest.get(0);
        FieldTemplate.Parsed format = FieldTemplate.Parsed.of(rest.subList(1, rest.size()));
        if (format.template().isPresent() && (sub.equals("ls") || sub.equals(ctx.dialect().tasksSubcommand()))) {
            return formatted(sub, format);
        }
        List<String> args = rest.subList(1, rest.size());
        if (sub.equals("ls") && args.isEmpty()) {
            return managerOnly(() -> CliResult.ok(ServiceListView.render(ctx)));
        }
        if ((sub.equals("tasks") || sub.equals("ps")) && !sub.equals(ctx.dialect().tasksSubcommand())) {
            return CliResult.error("docker: 'service " + sub + "' is not a docker command.\nSee 'docker service --help'.");
        }
        if (sub.equals(ctx.dialect().tasksSubcommand()) && args.size() == 1) {
            return managerOnly(() -> ctx.service(args.get(0))
                    .map(s -> CliResult.ok(TaskListView.render(ctx, s)))
                    .orElseGet(() -> CliResult.error("Error response from daemon: service " + args.get(0) + " not found")));
        }
        if (sub.equals("inspect")) {
            return serviceInspect(args);
        }
        return unsupported("docker service " + String.join(" ", rest));
    }

    /** {@code docker service ls|ps --format T} (17.06 on: the formatter's fields). */
    private CliResult formatted(String sub, FieldTemplate.Parsed format) {
        if (!ctx.dialect().swarmListsUseFormatter()) {
            return CliResult.error("unknown flag: --format\nSee 'docker service " + sub + " --help'.");
        }
        String template = format.template().get();
        return managerOnly(() -> {
            Optional<String> out;
            if (sub.equals("ls") && format.rest().isEmpty()) {
                out = FieldTemplate.render(template, ServiceListView.TITLES, ServiceListView.fields(ctx));
            } else if (!sub.equals("ls") && format.rest().size() == 1) {
                Optional<Cluster.ServiceState> s = ctx.service(format.rest().get(0));
                if (s.isEmpty()) {
                    return CliResult.error("Error response from daemon: service " + format.rest().get(0) + " not found");
                }
                out = FieldTemplate.render(template, TaskListView.TITLES, TaskListView.fields(ctx, s.get()));
            } else {
                out = Optional.empty();
            }
            return out.map(CliResult::ok).orElseGet(() -> unsupported("docker service " + sub + " --format " + template
                    + " (fields: " + String.join(", ", new java.util.TreeSet<>((sub.equals("ls") ? ServiceListView.TITLES
                    : TaskListView.TITLES).keySet())) + ")"));
        });
    }

    private CliResult network(List<String> rest) {
        if (rest.equals(List.of("ls"))) {
            return CliResult.ok(NetworkListView.render(ctx));
        }
        Optional<ParsedFormat> parsed = rest.isEmpty() || !rest.get(0).equals("inspect") ? Optional.empty()
                : ParsedFormat.parse(rest.subList(1, rest.size()));
        if (parsed.isEmpty()) {
            return unsupported("docker network " + String.join(" ", rest));
        }
        return formatEach("network", parsed.get(), ref -> NetworkListView.find(ctx, ref),
                (n, t) -> NetworkListView.format(ctx, n, t), ref -> "Error: No such network: " + ref);
    }

    /**
     * {@code docker <what> inspect --format T REF...}: one line per object, in order; the first ref
     * that names nothing ends the output with {@code missing}'s error, a template the view does not
     * model with the not-simulated message.
     */
    private <T> CliResult formatEach(String what, ParsedFormat parsed, java.util.function.Function<String, Optional<T>> find,
                                     java.util.function.BiFunction<T, String, Optional<String>> format,
                                     java.util.function.Function<String, String> missing) {
        StringBuilder out = new StringBuilder();
        for (String ref : parsed.refs()) {
            Optional<T> found = find.apply(ref);
            if (found.isEmpty()) {
                return new CliResult(out.toString(), missing.apply(ref) + "\n", 1);
            }
            Optional<String> text = format.apply(found.get(), parsed.template());
            if (text.isEmpty()) {
                return unsupported("docker " + what + " inspect --format " + parsed.template());
            }
            out.append(text.get()).append('\n');
        }
        return CliResult.ok(out.toString());
    }

    private CliResult serviceInspect(List<String> args) {
        Optional<ParsedFormat> parsed = ParsedFormat.parse(args);
        if (parsed.isEmpty()) {
            return unsupported("docker service inspect " + String.join(" ", args));
        }
        return managerOnly(() -> formatEach("service", parsed.get(), ctx::service,
                (svc, t) -> ServiceInspectView.format(ctx, svc, t), ref -> "Error: no such service: " + ref));
    }

    private CliResult inspect(List<String> refs) {
        if (refs.isEmpty() || refs.stream().anyMatch(r -> r.startsWith("-"))) {
            return unsupported("docker inspect " + String.join(" ", refs));
        }
        List<Object> found = new ArrayList<>();
        StringBuilder errors = new StringBuilder();
        for (String ref : refs) {
            Optional<Cluster.Task> t = ContainerInspectView.find(ctx, ref);
            if (t.isPresent()) {
                found.add(ContainerInspectView.container(ctx, t.get()));
            } else {
                errors.append(ctx.dialect().noSuchObject(ref)).append('\n');
            }
        }
        return new CliResult(GoJson.indent(found) + "\n", errors.toString(), errors.length() == 0 ? 0 : 1);
    }

    private CliResult managerOnly(java.util.function.Supplier<CliResult> command) {
        return ctx.node().manager() ? command.get() : CliResult.error(NOT_A_MANAGER);
    }

    private CliResult unsupported(String what) {
        String tasks = "service " + ctx.dialect().tasksSubcommand() + " <service>";
        return CliResult.error("swarmsim: '" + what + "' is not simulated. Supported: docker node ls, docker service ls, docker "
                + tasks + ", docker service inspect --format <template> <service> (templates: " + ServiceInspectView.SUPPORTED
                + "), docker network ls, docker network inspect --format <template> <network> (templates: " + NetworkListView.SUPPORTED
                + "), docker ps, docker inspect <container>...");
    }

    /** {@code --format T}, {@code --format=T}, {@code -f T} or {@code -f=T}, then one or more service refs. */
    private record ParsedFormat(String template, List<String> refs) {
        static Optional<ParsedFormat> parse(List<String> args) {
            String template = null;
            List<String> refs = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                Map.Entry<String, String> flag = a.startsWith("--format=") ? Map.entry("", a.substring(9))
                        : a.startsWith("-f=") ? Map.entry("", a.substring(3)) : null;
                if (flag != null) {
                    template = flag.getValue();
                } else if ((a.equals("--format") || a.equals("-f")) && i + 1 < args.size()) {
                    template = args.get(++i);
                } else if (a.startsWith("-")) {
                    return Optional.empty();
                } else {
                    refs.add(a);
                }
            }
            return template == null || refs.isEmpty() ? Optional.empty() : Optional.of(new ParsedFormat(template, refs));
        }
    }
}
