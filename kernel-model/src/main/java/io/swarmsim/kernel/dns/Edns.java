package io.swarmsim.kernel.dns;

/**
 * The EDNS(0) OPT pseudo-record (RFC 6891): advertised UDP payload size, extended RCODE high bits,
 * version and the DO flag. Options are not modelled.
 */
public record Edns(int udpPayloadSize, int extendedRcode, int version, boolean dnssecOk) {
    public Edns {
        if (udpPayloadSize < 0 || udpPayloadSize > 0xffff) {
            throw new IllegalArgumentException("UDP size out of range: " + udpPayloadSize);
        }
        if (extendedRcode < 0 || extendedRcode > 0xff || version < 0 || version > 0xff) {
            throw new IllegalArgumentException("extended rcode / version out of range");
        }
    }

    /** Version 0, no DO bit, the given UDP size: what dig sends by default (4096). */
    public static Edns of(int udpPayloadSize) {
        return new Edns(udpPayloadSize, 0, 0, false);
    }

    /** Wire length of the OPT RR without options: root name, type, class, TTL, RDLENGTH. */
    public static final int WIRE_LENGTH = 11;
}
