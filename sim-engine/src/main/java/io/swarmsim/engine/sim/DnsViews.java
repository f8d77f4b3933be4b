package io.swarmsim.engine.sim;

import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.scenario.EndpointMode;
import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.dns.NetworkKind;
import io.swarmsim.kernel.dns.SandboxDnsView;
import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The names a container's embedded DNS knows: for every overlay network the task is on, each
 * service on it (VIP, or its task addresses for dnsrr) and {@code tasks.<service>}. The ingress
 * network has no names.
 */
final class DnsViews {
    private DnsViews() {
    }

    static SandboxDnsView of(Cluster cluster, Cluster.Task task) {
        List<NetworkDnsRecords> nets = new ArrayList<>();
        for (String net : task.addresses().keySet()) {
            if (net.equals(Allocator.GWBRIDGE) || net.equals(Allocator.INGRESS)) {
                continue;
            }
            NetworkDnsRecords r = NetworkDnsRecords.empty(net, NetworkKind.SWARM_OVERLAY);
            for (Cluster.ServiceState s : cluster.services()) {
                List<IpAddress> ips = cluster.tasksOf(s.name()).stream()
                        .filter(t -> t.addresses().containsKey(net)).map(t -> t.addresses().get(net)).toList();
                if (ips.isEmpty() && !s.vips().containsKey(net)) {
                    continue;
                }
                r = s.spec().endpointMode() == EndpointMode.VIP
                        ? r.withVipService(s.name(), s.vips().get(net), ips)
                        : r.withDnsrrService(s.name(), ips);
            }
            nets.add(r);
        }
        return SandboxDnsView.swarmOrder(nets);
    }
}
