package io.swarmsim.kernel.packet;

/** The bytes above the transport header. Implementations are immutable. */
public interface Payload {
    /** Length in bytes on the wire. */
    int length();

    /** Wire encoding (for pcap export and checksums). */
    byte[] encode();

    /** A payload of raw bytes; two are equal when their bytes are. */
    static Payload ofBytes(byte[] bytes) {
        return new RawBytes(bytes.clone());
    }

    /** Raw bytes as a value: equal, and hashed, by content. */
    final class RawBytes implements Payload {
        private final byte[] bytes;

        private RawBytes(byte[] bytes) {
            this.bytes = bytes;
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
            return o instanceof RawBytes r && java.util.Arrays.equals(bytes, r.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return bytes.length + " bytes";
        }
    }

    Payload EMPTY = ofBytes(new byte[0]);
}
