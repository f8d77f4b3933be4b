package io.swarmsim.kernel.packet;

/** The bytes above the transport header. Implementations are immutable. */
public interface Payload {
    /** Length in bytes on the wire. */
    int length();

    /** Wire encoding (for pcap export and checksums). */
    byte[] encode();

    /** A payload of raw bytes. */
    static Payload ofBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new Payload() {
            @Override
            public int length() {
                return copy.length;
            }

            @Override
            public byte[] encode() {
                return copy.clone();
            }

            @Override
            public String toString() {
                return copy.length + " bytes";
            }
        };
    }

    Payload EMPTY = ofBytes(new byte[0]);
}
