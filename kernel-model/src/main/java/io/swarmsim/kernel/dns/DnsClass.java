package io.swarmsim.kernel.dns;

/** DNS CLASS values (RFC 1035 §3.2.4) and their presentation form. */
public final class DnsClass {
    public static final int IN = 1;
    public static final int CH = 3;
    public static final int HS = 4;

    private DnsClass() {
    }

    /** {@code IN}, {@code CH}, {@code HS} or RFC 3597 {@code CLASSn}. */
    public static String mnemonic(int dnsClass) {
        return switch (dnsClass) {
            case IN -> "IN";
            case CH -> "CH";
            case HS -> "HS";
            default -> "CLASS" + dnsClass;
        };
    }
}
