package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.pcap.CapturePlan;
import io.swarmsim.live.capture.CaptureMain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The kernel's side of the capture: pcap4j on the same named points as {@code sim export pcap}
 * ({@link CapturePlan}: every task interface, every node's underlay NIC), plus each container's
 * {@code lo}, where Docker's embedded DNS is asked (127.0.0.11), so DNS questions and answers are
 * in the flows too. One {@link CaptureMain} per namespace with points, started in it; closing
 * stops them and waits until their files are complete.
 */
final class LiveCapture implements AutoCloseable {
    private final NetnsJava programs = new NetnsJava(CaptureMain.class);

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

    /** Starts capturing {@code points} into {@code <dir>/<point>.pcap}; returns once every point captures. */
    void start(List<CapturePlan.Point> points, UnaryOperator<String> realNetns, Path dir, Progress progress) {
        Map<String, StringBuilder> byNetns = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (CapturePlan.Point p : points) {
            byNetns.computeIfAbsent(p.netns(), k -> new StringBuilder()).append("point ").append(p.name()).append(' ').append(p.device())
                    .append(' ').append(dir.resolve(p.name() + ".pcap")).append('\n');
            names.computeIfAbsent(p.netns(), k -> new ArrayList<>()).add(p.name());
        }
        List<NetnsJava.Job> jobs = new ArrayList<>();
        byNetns.forEach((ns, input) -> jobs.add(new NetnsJava.Job(ns, realNetns.apply(ns), String.join(", ", names.get(ns)),
                input.append("end\n").toString())));
        programs.start(jobs, "capture", progress);
    }

    @Override
    public void close() {
        programs.close();
    }
}
