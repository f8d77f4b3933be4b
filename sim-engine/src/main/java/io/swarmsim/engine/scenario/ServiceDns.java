package io.swarmsim.engine.scenario;

import io.swarmsim.kernel.dns.HostsFile;
import io.swarmsim.kernel.net.IpAddress;
import java.util.List;

/**
 * What a service sets about its containers' name resolution: {@code extra_hosts} (lines of
 * /etc/hosts, in the order written), {@code dns} (the servers the embedded DNS forwards other names
 * to, instead of the host's) and {@code dns_search} (resolv.conf's search domains).
 */
public record ServiceDns(List<HostsFile.Entry> extraHosts, List<IpAddress> servers, List<String> search) {
    public static final ServiceDns NONE = new ServiceDns(List.of(), List.of(), List.of());

    public ServiceDns {
        extraHosts = List.copyOf(extraHosts);
        servers = List.copyOf(servers);
        search = List.copyOf(search);
    }
}
