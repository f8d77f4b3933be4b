package io.swarmsim.engine.pcap;

import io.swarmsim.engine.trace.TraceListener;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * Capture points read from the event stream: every frame sent or received on a device that has a
 * point goes to the tap under that point's name, as tcpdump on that interface would see it.
 * Subscribe it at {@code TraceLevel.FULL} (frames are hop events).
 */
public final class CapturePoints implements TraceListener {
    /** A frame sent on lo is received on lo: tcpdump there sees it once, when it is sent. */
    private static final String LOOPBACK = "lo";
    private final Map<Place, String> points = new HashMap<>();
    private final FrameTap tap;

    public CapturePoints(FrameTap tap) {
        this.tap = tap;
    }

    /** Records what {@code netns/device} sends and receives under the name {@code point}. */
    public void add(String netns, String device, String point) {
        points.put(Place.of(netns, device), point);
    }

    @Override
    public void onEvent(TraceEvent e) {
        if (e instanceof TraceEvent.FrameSent s) {
            record(s.at(), s.time(), s.frame());
        } else if (e instanceof TraceEvent.FrameReceived r && !LOOPBACK.equals(r.at().device())) {
            record(r.at(), r.time(), r.frame());
        }
    }

    private void record(Place at, long time, io.swarmsim.kernel.packet.Frame frame) {
        String point = points.get(at);
        if (point != null) {
            tap.record(point, time, frame);
        }
    }
}
