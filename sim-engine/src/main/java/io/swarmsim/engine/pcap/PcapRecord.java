package io.swarmsim.engine.pcap;

import io.swarmsim.kernel.packet.Frame;
import java.util.Objects;

/**
 * One captured frame and the simulated time (nanoseconds since the start of the run) at which the
 * capture point saw it.
 */
public record PcapRecord(long timeNanos, Frame frame) {
    public PcapRecord {
        if (timeNanos < 0) {
            throw new IllegalArgumentException("simulated time is never negative: " + timeNanos);
        }
        Objects.requireNonNull(frame, "frame");
    }
}
