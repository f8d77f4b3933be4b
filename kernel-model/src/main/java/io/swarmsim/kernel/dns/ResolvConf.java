package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code /etc/resolv.conf} Docker 1.12 writes into a container that uses the embedded DNS
 * ({@code sandbox_dns_unix.go rebuildDNS} + {@code resolvconf.Build}): the host's search domains (unless
 * just "."), {@code nameserver 127.0.0.11} followed by the host's IPv6 nameservers, and the host's options
 * plus {@code ndots:0}. No comment line. The host's IPv4 nameservers become the upstreams instead.
 */
public record ResolvConf(List<String> search, List<IpAddress> nameservers, List<String> options) {
    public ResolvConf {
        search = List.copyOf(search);
        nameservers = List.copyOf(nameservers);
        options = List.copyOf(options);
    }

    /** A container's file when the host resolv.conf has no search, no IPv6 nameserver and no options. */
    public static ResolvConf forEmbeddedDns() {
        return forEmbeddedDns(List.of(), List.of(), List.of());
    }

    public static ResolvConf forEmbeddedDns(List<String> hostSearch, List<IpAddress> hostNameservers,
            List<String> hostOptions) {
        List<IpAddress> ns = new ArrayList<>(List.of(DockerEmbeddedDns.ADDRESS));
        hostNameservers.stream().filter(IpAddress::isV6).forEach(ns::add);
        List<String> opts = new ArrayList<>(hostOptions);
        opts.add("ndots:0");
        return new ResolvConf(hostSearch, ns, opts);
    }

    /**
     * The embedded server's upstreams: the host's IPv4 nameservers without loopback ones (libnetwork's
     * {@code FilterResolvDNS}); if none is left, Docker's defaults 8.8.8.8 and 8.8.4.4.
     */
    public static List<IpAddress> upstreamsFrom(List<IpAddress> hostNameservers) {
        List<IpAddress> v4 = hostNameservers.stream().filter(ip -> ip.isV4() && !ip.isLoopback()).toList();
        return v4.isEmpty() ? List.of(IpAddress.v4(8, 8, 8, 8), IpAddress.v4(8, 8, 4, 4)) : v4;
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        String s = String.join(" ", search);
        if (!search.isEmpty() && !s.strip().equals(".")) {
            sb.append("search ").append(s).append('\n');
        }
        for (IpAddress ns : nameservers) {
            sb.append("nameserver ").append(ns).append('\n');
        }
        String o = String.join(" ", options);
        if (!options.isEmpty() && !o.isBlank()) {
            sb.append("options ").append(o).append('\n');
        }
        return sb.toString();
    }
}
