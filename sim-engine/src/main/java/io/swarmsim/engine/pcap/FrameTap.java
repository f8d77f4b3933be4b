package io.swarmsim.engine.pcap;

import io.swarmsim.kernel.packet.Frame;

/**
 * Where the simulated fabric reports each frame a capture point sees, as tcpdump on that
 * interface would: {@code point} names the interface (e.g. {@code client.1-eth0},
 * {@code node1-eth0}), {@code timeNanos} is the simulated time.
 */
@FunctionalInterface
public interface FrameTap {
    void record(String point, long timeNanos, Frame frame);

    /** A tap that keeps nothing, for runs without capture. */
    FrameTap NONE = (point, timeNanos, frame) -> { };
}
