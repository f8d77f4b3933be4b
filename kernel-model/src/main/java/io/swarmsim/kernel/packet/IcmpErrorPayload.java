package io.swarmsim.kernel.packet;

import java.util.Arrays;

/**
 * The body of an ICMP error (destination unreachable, time exceeded): the offending packet as
 * Linux quotes it (icmp_send), as much of it as keeps the error within 576 bytes, so
 * {@value #MAX_QUOTED} bytes at most. Its IP header and first 8 bytes are how the sender and
 * conntrack recognise the connection; the rest counts in the error's length, as iptables' byte
 * counters see it.
 */
public record IcmpErrorPayload(Packet original) implements Payload {
    /** 576 (the minimum datagram every host takes) less the error's own IP and ICMP headers. */
    public static final int MAX_QUOTED = 576 - 20 - 8;

    @Override
    public int length() {
        return Math.min(original.length(), MAX_QUOTED);
    }

    @Override
    public byte[] encode() {
        return Arrays.copyOf(FrameCodec.ipv4(original), length());
    }
}
