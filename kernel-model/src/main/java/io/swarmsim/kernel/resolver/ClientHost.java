package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.Optional;

/**
 * The client's network namespace as the resolver sees it. The simulator's namespace implements
 * this; {@link StaticClientHost} is a small immutable implementation.
 */
public interface ClientHost {
    /**
     * The kernel's source selection for {@code destination} (route lookup). Empty means the
     * destination is unusable: no route, so a UDP {@code connect()} would fail.
     */
    Optional<SourceSelection> selectSource(IpAddress destination);

    /**
     * True if the namespace has any IPv6 address other than {@code ::1}, including an
     * {@code fe80::} link-local one. glibc hands its prefix-length list to the sorter only then.
     */
    boolean hasNonLoopbackIpv6();
}
