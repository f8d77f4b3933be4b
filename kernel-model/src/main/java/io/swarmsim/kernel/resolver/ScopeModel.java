package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;

/**
 * How an implementation assigns an address scope (RFC 6724 §3.1 values: 1 interface-local,
 * 2 link-local, 5 site-local, 8 organization-local, 14 global).
 */
public enum ScopeModel {
    /** glibc ≥ 2.17 default {@code scopev4}: 169.254/16 and 127/8 link-local, other IPv4 global. */
    GLIBC_2_17,
    /** glibc ≤ 2.16: as {@link #GLIBC_2_17} plus RFC 1918 (10/8, 172.16/12, 192.168/16) site-local. */
    GLIBC_PRE_2_17,
    /** musl {@code scopeof} on the v4-mapped form: every IPv4 address is global. */
    MUSL,
    /** Go {@code classifyScope}: IPv4 loopback and link-local are link-local, other IPv4 global. */
    GO;

    public int scope(IpAddress a) {
        if (a.isV4()) {
            return v4Scope(a.toInt());
        }
        byte[] b = a.toBytes();
        if ((b[0] & 0xff) == 0xff) {
            return b[1] & 0x0f;
        }
        if (a.isLinkLocal() || a.isLoopback()) {
            return 2;
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return 5;
        }
        return 14;
    }

    private int v4Scope(int v) {
        if (this == MUSL) {
            return 14;
        }
        int first = v >>> 24;
        if (first == 127 || (v >>> 16) == 0xA9FE) {
            return 2;
        }
        if (this == GLIBC_PRE_2_17 && (first == 10 || (v >>> 20) == 0xAC1 || (v >>> 16) == 0xC0A8)) {
            return 5;
        }
        return 14;
    }

    /** A learner-readable scope name, e.g. {@code global (14)}. */
    public static String describe(int scope) {
        String name = switch (scope) {
            case 1 -> "interface-local";
            case 2 -> "link-local";
            case 5 -> "site-local";
            case 8 -> "organization-local";
            case 14 -> "global";
            default -> "scope";
        };
        return name + " (" + scope + ")";
    }
}
