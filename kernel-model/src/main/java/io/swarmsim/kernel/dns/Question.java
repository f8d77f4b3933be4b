package io.swarmsim.kernel.dns;

import java.util.Objects;

/** A question entry: QNAME (fully qualified, case preserved), QTYPE, QCLASS. */
public record Question(String name, RecordType type, int dnsClass) {
    public Question {
        Objects.requireNonNull(type, "type");
        name = DnsNames.fqdn(Objects.requireNonNull(name, "name"));
        DnsNames.labels(name);
        if (dnsClass < 0 || dnsClass > 0xffff) {
            throw new IllegalArgumentException("class out of range: " + dnsClass);
        }
    }

    public static Question in(String name, RecordType type) {
        return new Question(name, type, DnsClass.IN);
    }
}
