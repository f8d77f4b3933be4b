package io.swarmsim.kernel.dns;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Any other record, its RDATA kept as opaque octets. RDATA that contains compressed names (SOA, MX,
 * SRV) is stored as received; re-encoding it elsewhere in another message would break those pointers,
 * so such records are only relayed by offset-preserving paths or not at all.
 */
public final class RawRecord implements ResourceRecord {
    private final String name;
    private final RecordType type;
    private final int dnsClass;
    private final long ttl;
    private final byte[] rdata;

    public RawRecord(String name, RecordType type, int dnsClass, long ttl, byte[] rdata) {
        this.name = DnsNames.fqdn(Objects.requireNonNull(name, "name"));
        DnsNames.labels(this.name);
        this.type = Objects.requireNonNull(type, "type");
        if (type.equals(RecordType.OPT)) {
            throw new IllegalArgumentException("OPT is carried as Edns, not as a record");
        }
        this.dnsClass = dnsClass;
        ResourceRecord.checkTtl(ttl);
        this.ttl = ttl;
        if (rdata.length > 0xffff) {
            throw new IllegalArgumentException("RDATA too long: " + rdata.length);
        }
        this.rdata = rdata.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RecordType type() {
        return type;
    }

    @Override
    public int dnsClass() {
        return dnsClass;
    }

    @Override
    public long ttl() {
        return ttl;
    }

    public byte[] rdata() {
        return rdata.clone();
    }

    /** RFC 3597 generic form, as BIND prints unknown types: {@code \# 4 0A000001}. */
    @Override
    public String rdataText() {
        return "\\# " + rdata.length + (rdata.length == 0 ? "" : " " + HexFormat.of().withUpperCase().formatHex(rdata));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawRecord r && r.name.equals(name) && r.type.equals(type) && r.dnsClass == dnsClass
                && r.ttl == ttl && Arrays.equals(r.rdata, rdata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, dnsClass, ttl, Arrays.hashCode(rdata));
    }

    @Override
    public String toString() {
        return name + " " + ttl + " " + DnsClass.mnemonic(dnsClass) + " " + type + " " + rdataText();
    }
}
