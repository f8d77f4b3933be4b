package io.swarmsim.kernel.dns;

/** The 4-bit header RCODE, named as BIND prints it in {@code status:}. */
public enum Rcode {
    NOERROR, FORMERR, SERVFAIL, NXDOMAIN, NOTIMP, REFUSED, YXDOMAIN, YXRRSET, NXRRSET, NOTAUTH, NOTZONE,
    RESERVED11, RESERVED12, RESERVED13, RESERVED14, RESERVED15;

    public int code() {
        return ordinal();
    }

    public static Rcode of(int code) {
        if (code < 0 || code > 15) {
            throw new IllegalArgumentException("rcode out of range: " + code);
        }
        return values()[code];
    }
}
