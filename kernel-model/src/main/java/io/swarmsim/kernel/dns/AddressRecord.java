package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.Objects;

/** An A (IPv4) or AAAA (IPv6) record, class IN; the type follows the address family. */
public record AddressRecord(String name, long ttl, IpAddress address) implements ResourceRecord {
    public AddressRecord {
        name = DnsNames.fqdn(Objects.requireNonNull(name, "name"));
        DnsNames.labels(name);
        Objects.requireNonNull(address, "address");
        ResourceRecord.checkTtl(ttl);
    }

    @Override
    public RecordType type() {
        return address.isV4() ? RecordType.A : RecordType.AAAA;
    }

    @Override
    public int dnsClass() {
        return DnsClass.IN;
    }

    @Override
    public String rdataText() {
        return address.toString();
    }
}
