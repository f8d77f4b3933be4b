package io.swarmsim.engine.net;

import io.swarmsim.kernel.packet.Frame;

/** Sees the frames crossing a capture point (a device of a namespace), like tcpdump on it. */
@FunctionalInterface
public interface FrameTap {
    void frame(String point, long timeNanos, Frame frame);

    FrameTap NONE = (point, time, frame) -> { };
}
