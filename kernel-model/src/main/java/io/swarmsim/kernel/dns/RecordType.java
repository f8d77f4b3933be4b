package io.swarmsim.kernel.dns;

/**
 * A DNS RR type code (RFC 1035 §3.2.2 and later). Any 16-bit code is allowed; well-known codes carry
 * their mnemonic, others print as {@code TYPEn} the way BIND prints them (RFC 3597).
 */
public record RecordType(int code) {
    public static final RecordType A = new RecordType(1);
    public static final RecordType NS = new RecordType(2);
    public static final RecordType CNAME = new RecordType(5);
    public static final RecordType SOA = new RecordType(6);
    public static final RecordType PTR = new RecordType(12);
    public static final RecordType MX = new RecordType(15);
    public static final RecordType TXT = new RecordType(16);
    public static final RecordType AAAA = new RecordType(28);
    public static final RecordType SRV = new RecordType(33);
    public static final RecordType OPT = new RecordType(41);
    public static final RecordType ANY = new RecordType(255);

    public RecordType {
        if (code < 0 || code > 0xffff) {
            throw new IllegalArgumentException("RR type out of range: " + code);
        }
    }

    public static RecordType of(int code) {
        return new RecordType(code);
    }

    /** True for the record types whose RDATA is a single domain name (CNAME, NS, PTR). */
    public boolean hasNameRdata() {
        return code == 2 || code == 5 || code == 12;
    }

    public String mnemonic() {
        return switch (code) {
            case 1 -> "A";
            case 2 -> "NS";
            case 5 -> "CNAME";
            case 6 -> "SOA";
            case 12 -> "PTR";
            case 15 -> "MX";
            case 16 -> "TXT";
            case 28 -> "AAAA";
            case 33 -> "SRV";
            case 41 -> "OPT";
            case 255 -> "ANY";
            default -> "TYPE" + code;
        };
    }

    @Override
    public String toString() {
        return mnemonic();
    }
}
