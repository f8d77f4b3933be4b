package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;

/**
 * What the kernel's route lookup says about one destination: the source address it would use,
 * that address's prefix length, the interface, and whether the address is deprecated. This is
 * what glibc learns from {@code connect()} + {@code getsockname()} plus its netlink address dump.
 */
public record SourceSelection(IpAddress source, int prefixLength, int interfaceIndex, boolean deprecated) {
    public SourceSelection {
        if (source == null) {
            throw new IllegalArgumentException("source is required");
        }
        if (prefixLength < 0 || prefixLength > source.bits()) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " out of range for " + source);
        }
    }
}
