package io.swarmsim.engine.apps;

import io.swarmsim.kernel.dns.HostsFile;
import io.swarmsim.kernel.dns.ResolvConf;
import io.swarmsim.kernel.net.IpAddress;
import java.util.List;

/**
 * How a container's programs find names, as its files and its embedded DNS were set up: /etc/hosts
 * (read first by the C library, Go and the JVM), resolv.conf (its search list) and the servers the
 * embedded DNS forwards other names to.
 */
public record ContainerNames(HostsFile hosts, ResolvConf resolvConf, List<IpAddress> forwarders) {
    public ContainerNames {
        forwarders = List.copyOf(forwarders);
    }

    /** The search domains a short name is retried with. */
    public List<String> search() {
        return resolvConf.search();
    }
}
