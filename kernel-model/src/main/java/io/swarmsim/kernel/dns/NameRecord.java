package io.swarmsim.kernel.dns;

import java.util.Objects;

/** A record whose RDATA is one domain name: CNAME, NS or PTR. */
public record NameRecord(String name, RecordType type, int dnsClass, long ttl, String target)
        implements ResourceRecord {
    public NameRecord {
        name = DnsNames.fqdn(Objects.requireNonNull(name, "name"));
        target = DnsNames.fqdn(Objects.requireNonNull(target, "target"));
        DnsNames.labels(name);
        DnsNames.labels(target);
        if (!type.hasNameRdata()) {
            throw new IllegalArgumentException(type + " does not carry a single name");
        }
        ResourceRecord.checkTtl(ttl);
    }

    @Override
    public String rdataText() {
        return target;
    }
}
