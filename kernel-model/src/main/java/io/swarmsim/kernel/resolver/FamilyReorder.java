package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;

/** A runtime's regrouping by family after the libc order (a stable partition, never a sort). */
public enum FamilyReorder {
    NONE,
    /** Java default ({@code java.net.preferIPv6Addresses=false}), Node ≤ 16. */
    IPV4_FIRST,
    /** Java {@code preferIPv6Addresses=true}. */
    IPV6_FIRST;

    public List<IpAddress> apply(List<IpAddress> in) {
        if (this == NONE) {
            return List.copyOf(in);
        }
        boolean v4First = this == IPV4_FIRST;
        List<IpAddress> out = new ArrayList<>();
        in.stream().filter(a -> a.isV4() == v4First).forEach(out::add);
        in.stream().filter(a -> a.isV4() != v4First).forEach(out::add);
        return List.copyOf(out);
    }

    /** The reason line for applying this reorder to {@code in}, or null for {@link #NONE}. */
    public String describe(String who, List<IpAddress> in) {
        if (this == NONE) {
            return null;
        }
        List<IpAddress> out = apply(in);
        String family = this == IPV4_FIRST ? "IPv4" : "IPv6";
        return who + ": " + family + " addresses first, each family keeping the libc order; "
            + (out.equals(in) ? "order unchanged " : "order becomes ") + out;
    }
}
