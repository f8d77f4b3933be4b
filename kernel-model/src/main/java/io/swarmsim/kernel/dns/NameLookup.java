package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;

/**
 * Result of looking a name up in a sandbox's networks: addresses of the asked family, or "known but
 * no address of that family" (Docker's {@code ipv6Miss}: answered NOERROR/NODATA, never forwarded), or
 * unknown (forwarded).
 */
public record NameLookup(List<IpAddress> addresses, boolean known) {
    public NameLookup {
        addresses = List.copyOf(addresses);
        if (!addresses.isEmpty() && !known) {
            throw new IllegalArgumentException("addresses imply a known name");
        }
    }

    public static final NameLookup UNKNOWN = new NameLookup(List.of(), false);
    public static final NameLookup KNOWN_WITHOUT_ADDRESS = new NameLookup(List.of(), true);

    public static NameLookup of(List<IpAddress> addresses) {
        return new NameLookup(addresses, true);
    }
}
