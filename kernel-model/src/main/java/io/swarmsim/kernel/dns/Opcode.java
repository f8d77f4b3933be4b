package io.swarmsim.kernel.dns;

/** The 4-bit header OPCODE, named as BIND prints it in {@code opcode:}. */
public enum Opcode {
    QUERY, IQUERY, STATUS, RESERVED3, NOTIFY, UPDATE, RESERVED6, RESERVED7, RESERVED8, RESERVED9,
    RESERVED10, RESERVED11, RESERVED12, RESERVED13, RESERVED14, RESERVED15;

    public int code() {
        return ordinal();
    }

    public static Opcode of(int code) {
        if (code < 0 || code > 15) {
            throw new IllegalArgumentException("opcode out of range: " + code);
        }
        return values()[code];
    }
}
