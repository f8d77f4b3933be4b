package io.swarmsim.engine.apps;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.resolver.ClientHost;
import io.swarmsim.kernel.resolver.SourceSelection;
import java.util.Optional;

/** A client's view of its own namespace, as getaddrinfo learns it (connect probe + netlink dump). */
public record NamespaceClientHost(NetNamespace ns) implements ClientHost {
    @Override
    public Optional<SourceSelection> selectSource(IpAddress destination) {
        Optional<InterfaceAddress> a = ns.sourceFor(destination);
        return a.map(x -> new SourceSelection(x.address(), x.prefix().length(),
                ns.device(x.device()).map(d -> d.ifindex()).orElse(0), false));
    }

    @Override
    public boolean hasNonLoopbackIpv6() {
        return ns.hasNonLoopbackIpv6();
    }
}
