package io.swarmsim.engine.pcap;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.netns.NetDevice;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run is captured, by name: every task interface ({@code client.1-eth0}) and every node's
 * underlay NIC ({@code node1-eth0}). {@code sim export pcap} records the model there, and the live
 * bridge captures the real namespaces at the same points, so the two can be compared point by point.
 */
public final class CapturePlan {
    /** One capture point: the device {@code device} of namespace {@code netns}, called {@code name}. */
    public record Point(String netns, String device, String name) {
    }

    private CapturePlan() {
    }

    public static List<Point> points(DesiredState state) {
        List<Point> out = new ArrayList<>();
        for (DesiredState.Namespace ns : state.namespaces()) {
            boolean task = ns.kind() == DesiredState.Kind.CONTAINER;
            boolean host = ns.kind() == DesiredState.Kind.HOST;
            for (DesiredState.Device d : ns.devices()) {
                if (task && d.kind() == NetDevice.Kind.VETH || host && d.kind() == NetDevice.Kind.ETHER) {
                    out.add(new Point(ns.name(), d.name(), ns.owner() + "-" + d.name()));
                }
            }
        }
        return out;
    }

    /** Records {@code points} of {@code sim}'s frames into {@code recorder} (each declared, so an empty one gets a file too). */
    public static CapturePoints tap(List<Point> points, CaptureRecorder recorder) {
        CapturePoints tap = new CapturePoints(recorder);
        for (Point p : points) {
            recorder.declare(p.name());
            tap.add(p.netns(), p.device(), p.name());
        }
        return tap;
    }
}
