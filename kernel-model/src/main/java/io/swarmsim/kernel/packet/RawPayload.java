package io.swarmsim.kernel.packet;

import java.util.Arrays;

/**
 * A payload of raw bytes ({@link Payload#ofBytes}), a value: two with the same bytes are equal, so
 * packets and the trace events that carry them compare by what they hold.
 */
final class RawPayload implements Payload {
    private final byte[] bytes;

    RawPayload(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    public byte[] encode() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawPayload r && Arrays.equals(r.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length + " bytes";
    }
}
