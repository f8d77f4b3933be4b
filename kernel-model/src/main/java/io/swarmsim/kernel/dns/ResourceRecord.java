package io.swarmsim.kernel.dns;

/**
 * A resource record of the answer, authority or additional section. EDNS OPT is not a
 * {@code ResourceRecord}: it is held as {@link Edns} on the message.
 */
public sealed interface ResourceRecord permits AddressRecord, NameRecord, RawRecord {
    /** Owner name, fully qualified, case preserved. */
    String name();

    RecordType type();

    int dnsClass();

    /** TTL in seconds, 0..2^31-1. */
    long ttl();

    /** RDATA in presentation form, as dig prints it. */
    String rdataText();

    static void checkTtl(long ttl) {
        if (ttl < 0 || ttl > 0xffffffffL) {
            throw new IllegalArgumentException("TTL out of range: " + ttl);
        }
    }
}
