package io.swarmsim.kernel.packet;

import java.util.Arrays;

/**
 * The body of an ICMP error (destination unreachable, time exceeded): the offending packet's IP
 * header and first 8 bytes, which is how the sender and conntrack recognise the connection.
 */
public record IcmpErrorPayload(Packet original) implements Payload {
    public static final int LENGTH = 28;

    @Override
    public int length() {
        return LENGTH;
    }

    @Override
    public byte[] encode() {
        return Arrays.copyOf(FrameCodec.ipv4(original), LENGTH);
    }
}
