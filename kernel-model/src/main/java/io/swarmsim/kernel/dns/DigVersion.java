package io.swarmsim.kernel.dns;

import java.util.Objects;

/**
 * Which BIND {@code dig} prints the output: its version banner and whether its {@code ;; SERVER:} line
 * ends with the transport ({@code " (UDP)"}, added in BIND 9.17/9.18; 9.10 has no such suffix).
 */
public record DigVersion(String banner, boolean serverLineShowsTransport) {
    /** Ubuntu 16.04's dig, the one in smakam/myubuntu:v4 used by the seed blog post. */
    public static final DigVersion V9_10_3_P4_UBUNTU = new DigVersion("9.10.3-P4-Ubuntu", false);
    /** Debian 12's dig, used to record the real goldens in the tests. */
    public static final DigVersion V9_18_DEBIAN_12 = new DigVersion("9.18.49-1~deb12u3-Debian", true);

    public DigVersion {
        Objects.requireNonNull(banner);
    }
}
