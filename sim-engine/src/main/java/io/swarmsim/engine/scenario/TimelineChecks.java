package io.swarmsim.engine.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks an experiment's time-line against its services, entry by entry in time order: each entry
 * comes no earlier than the one before it; a task named by crash, stop or restart runs at that
 * moment (a stopped task is gone, a scaled-down slot too, a scaled-up one exists from then on); a
 * scaled service is replicated; drain and delay name a node; a workload runs from a node or task.
 */
final class TimelineChecks {
    private final Problems problems;
    private final List<NodeDef> nodes;

    TimelineChecks(Problems problems, List<NodeDef> nodes) {
        this.problems = problems;
        this.nodes = nodes;
    }

    void check(Experiment e, List<Service> services) {
        Map<String, Service> byName = services.stream().collect(Collectors.toMap(Service::name, Function.identity()));
        Map<String, TreeSet<Integer>> slots = new java.util.HashMap<>();
        for (Service s : services) {
            TreeSet<Integer> live = new TreeSet<>();
            for (int i = 1; i <= (s.mode().isGlobal() ? 0 : s.replicas()); i++) {
                live.add(i);
            }
            slots.put(s.name(), live);
        }
        long last = 0;
        String in = " in experiment '" + e.name() + "'";
        for (TimelineEvent ev : e.timeline().events()) {
            if (ev.at() < last) {
                problems.add(ev.location(), "time-line entry '" + ev.describe() + "' at " + Durations.text(ev.at()) + in
                    + " is before the entry above it (" + Durations.text(last) + "), in the past; expected entries in time order");
                continue;
            }
            last = ev.at();
            switch (ev.action()) {
                case CRASH, STOP, RESTART -> task(ev, byName, slots, in);
                case SCALE -> scale(ev, byName, slots, in);
                case DRAIN, DELAY -> node(ev, in);
            }
        }
        CommandSources sources = new CommandSources(problems, nodes);
        for (Workload w : e.timeline().workloads()) {
            sources.check(w.from(), w.location(), "workload", e.name(), services);
        }
    }

    private void task(TimelineEvent ev, Map<String, Service> byName, Map<String, TreeSet<Integer>> slots, String in) {
        String t = ev.target();
        int dot = t.lastIndexOf('.');
        Optional<Service> s = dot < 0 ? Optional.empty() : Optional.ofNullable(byName.get(t.substring(0, dot)));
        String what = ev.action().word() + " '" + Text.clip(t) + "' at " + Durations.text(ev.at()) + in;
        if (s.isEmpty() || s.get().mode().isGlobal()) {
            problems.add(ev.location(), what + " names no task of a replicated service; expected a task such as "
                + byName.values().stream().filter(x -> !x.mode().isGlobal() && x.replicas() > 0).map(x -> x.name() + ".1")
                    .findFirst().orElse("<service>.1"));
            return;
        }
        TreeSet<Integer> live = slots.get(s.get().name());
        String slot = t.substring(dot + 1);
        boolean numeric = !slot.isEmpty() && slot.length() < 5 && slot.chars().allMatch(Character::isDigit);
        if (!numeric || !live.contains(Integer.parseInt(slot))) {
            problems.add(ev.location(), what + " names an unknown task: " + s.get().name() + " then runs "
                + (live.isEmpty() ? "no task" : live.stream().map(i -> s.get().name() + "." + i).collect(Collectors.joining(", ")))
                + "; expected one of those");
            return;
        }
        if (ev.action() == TimelineEvent.Action.STOP) {
            live.remove(Integer.parseInt(slot));
        }
    }

    private void scale(TimelineEvent ev, Map<String, Service> byName, Map<String, TreeSet<Integer>> slots, String in) {
        Service s = byName.get(ev.target());
        if (s == null || s.mode().isGlobal()) {
            problems.add(ev.location(), "scale '" + Text.clip(ev.target()) + "' at " + Durations.text(ev.at()) + in
                + " names no replicated service; expected one of: " + Text.choices(byName.values().stream()
                    .filter(x -> !x.mode().isGlobal()).map(Service::name).sorted().toList()));
            return;
        }
        TreeSet<Integer> live = slots.get(s.name());
        while (live.size() > ev.replicas()) {
            live.remove(live.last());
        }
        int next = live.isEmpty() ? 1 : live.last() + 1;
        while (live.size() < ev.replicas()) {
            live.add(next++);
        }
    }

    private void node(TimelineEvent ev, String in) {
        if (nodes.stream().noneMatch(n -> n.name().equals(ev.target()))) {
            problems.add(ev.location(), ev.action().word() + " '" + Text.clip(ev.target()) + "' at " + Durations.text(ev.at()) + in
                + " names no node; expected one of: " + nodes.stream().map(NodeDef::name).collect(Collectors.joining(", ")));
        }
    }
}
