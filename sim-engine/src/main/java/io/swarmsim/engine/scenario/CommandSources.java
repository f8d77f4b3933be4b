package io.swarmsim.engine.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks that each command of an experiment runs from a node or from an existing task. */
final class CommandSources {
    private final Problems problems;
    private final List<NodeDef> nodes;

    CommandSources(Problems problems, List<NodeDef> nodes) {
        this.problems = problems;
        this.nodes = nodes;
    }

    void check(Experiment e, List<Service> services) {
        for (CommandSpec c : e.commands()) {
            check(c, e.name(), services);
        }
    }

    private void check(CommandSpec c, String experiment, List<Service> services) {
        check(c.from(), c.location(), "command", experiment, services);
    }

    /** Checks that {@code from}, where a {@code kind} (command, workload) of the experiment runs, is a node or a task. */
    void check(String from, Location location, String kind, String experiment, List<Service> services) {
        if (nodes.stream().anyMatch(n -> n.name().equals(from))) {
            return;
        }
        CommandSpec c = new CommandSpec(from, kind, 1, location);
        String what = kind + " from '" + Text.clip(from) + "' in experiment '" + experiment + "'";
        int dot = from.lastIndexOf('.');
        Optional<Service> service = dot < 0 ? Optional.empty()
            : services.stream().filter(s -> s.name().equals(from.substring(0, dot))).findFirst();
        if (service.isEmpty()) {
            problems.add(c.location(), what + " names neither a node nor a task; expected a node ("
                + nodes.stream().map(NodeDef::name).collect(Collectors.joining(", "))
                + ") or a task such as " + example(services));
            return;
        }
        Service s = service.get();
        String slot = from.substring(dot + 1);
        if (s.mode().isGlobal()) {
            boolean ok = nodes.stream().anyMatch(n -> n.name().equals(slot) && s.allows(n));
            if (!ok) {
                problems.add(c.location(), what + " names no task of global service " + s.name()
                    + "; expected " + s.name() + ".<node> for a node the service runs on");
            }
            return;
        }
        boolean numeric = !slot.isEmpty() && slot.length() < 7 && slot.chars().allMatch(Character::isDigit);
        int n = numeric ? Integer.parseInt(slot) : -1;
        if (n < 1 || n > s.replicas()) {
            String range = s.replicas() == 0 ? "a service with replicas (" + s.name() + " has 0)"
                : s.name() + ".1" + (s.replicas() > 1 ? " to " + s.name() + "." + s.replicas() : "");
            problems.add(c.location(), what + " names no task of " + s.name() + " (" + s.replicas()
                + " replicas); expected " + range);
        }
    }

    private static String example(List<Service> services) {
        return services.stream().filter(s -> !s.mode().isGlobal() && s.replicas() > 0).findFirst()
            .map(s -> s.name() + ".1").orElse("<service>.1");
    }
}
