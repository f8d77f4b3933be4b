package io.swarmsim.kernel.packet;

/** The bytes above the transport header. Implementations are immutable. */
public interface Payload {
    /** Length in bytes on the wire. */
    int length();

    /** Wire encoding (for pcap export and checksums). */
    byte[] encode();

    /** A payload of raw bytes; equal to any other payload of the same bytes. */
    static Payload ofBytes(byte[] bytes) {
        return new RawPayload(bytes);
    }

    Payload EMPTY = ofBytes(new byte[0]);
}
