package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.pcap.CapturePlan;
import io.swarmsim.live.serve.ServerSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What runs in the real namespaces while the experiment's commands run: per namespace, one
 * {@link NetnsMain} with the container's servers ({@link LiveServices}) and pcap4j on its capture
 * points, the same named points as {@code sim export pcap} ({@link CapturePlan}: every task
 * interface, every node's underlay NIC) plus each container's {@code lo}, where Docker's embedded
 * DNS is asked (127.0.0.11), so DNS questions and answers are in the flows too. One program per
 * namespace, all started at once: each JVM costs a start on a machine of two cores.
 */
final class LiveCapture {
    private LiveCapture() {
    }

    /** The points: the standard ones and the containers' loopback ({@code client.1-lo}). */
    static List<CapturePlan.Point> points(DesiredState state) {
        List<CapturePlan.Point> out = new ArrayList<>(CapturePlan.points(state));
        for (DesiredState.Namespace ns : state.namespaces()) {
            if (ns.kind() == DesiredState.Kind.CONTAINER) {
                out.add(new CapturePlan.Point(ns.name(), "lo", ns.owner() + "-lo"));
            }
        }
        return out;
    }

    /**
     * One job per namespace that serves or captures, in the desired state's order: its servers'
     * text, then its points, each captured into {@code <dir>/<point>.pcap}.
     */
    static List<NetnsJava.Job> jobs(DesiredState state, List<LiveServices.TaskServers> servers, List<CapturePlan.Point> points,
                                    UnaryOperator<String> realNetns, Path dir, long seed) {
        List<NetnsJava.Job> jobs = new ArrayList<>();
        for (DesiredState.Namespace ns : state.namespaces()) {
            Optional<LiveServices.TaskServers> serves = servers.stream().filter(t -> t.namespace().equals(ns.name())).findFirst();
            List<CapturePlan.Point> here = points.stream().filter(p -> p.netns().equals(ns.name())).toList();
            if (serves.isEmpty() && here.isEmpty()) {
                continue;
            }
            StringBuilder input = new StringBuilder(serves.map(t -> t.spec().render())
                    .orElseGet(() -> new ServerSpec(seed, "none", Optional.empty(), List.of()).render()));
            here.forEach(p -> input.append("point ").append(p.name()).append(' ').append(p.device()).append(' ')
                    .append(dir.resolve(p.name() + ".pcap")).append('\n'));
            input.append("end\n");
            List<String> detail = new ArrayList<>();
            serves.map(LiveServices.TaskServers::detail).filter(d -> !d.isEmpty()).ifPresent(detail::add);
            if (!here.isEmpty()) {
                detail.add("capture " + String.join(", ", here.stream().map(CapturePlan.Point::name).toList()));
            }
            jobs.add(new NetnsJava.Job(serves.map(LiveServices.TaskServers::task).orElse(ns.name()), realNetns.apply(ns.name()),
                    String.join("; ", detail), input.toString()));
        }
        return jobs;
    }
}
