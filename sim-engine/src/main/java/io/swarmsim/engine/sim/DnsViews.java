package io.swarmsim.engine.sim;

import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.scenario.EndpointMode;
import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.dns.NetworkKind;
import io.swarmsim.kernel.dns.SandboxDnsView;
import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a container's embedded DNS knows: for every overlay network the task is on, each
 * service on it (VIP, or its task addresses for dnsrr) and {@code tasks.<service>}. The ingress
 * network has no names. A network's records are built once and shared by every container on it.
 */
final class DnsViews {
    private final Cluster cluster;
    private final Map<String, NetworkDnsRecords> byNetwork = new HashMap<>();

    DnsViews(Cluster cluster) {
        this.cluster = cluster;
    }

    SandboxDnsView of(Cluster.Task task) {
        List<NetworkDnsRecords> nets = new ArrayList<>();
        for (String net : task.addresses().keySet()) {
            if (!net.equals(Allocator.GWBRIDGE) && !net.equals(Allocator.INGRESS)) {
                nets.add(byNetwork.computeIfAbsent(net, this::records));
            }
        }
        return SandboxDnsView.swarmOrder(nets);
    }

    private NetworkDnsRecords records(String net) {
        NetworkDnsRecords r = NetworkDnsRecords.empty(net, NetworkKind.SWARM_OVERLAY);
        for (Cluster.ServiceState s : cluster.services()) {
            List<IpAddress> ips = cluster.tasksOf(s.name()).stream()
                    .filter(t -> t.addresses().containsKey(net)).map(t -> t.addresses().get(net)).toList();
            if (ips.isEmpty()) {
                continue; // names appear with the first backend (addServiceBinding), the VIP record too
            }
            r = s.spec().endpointMode() == EndpointMode.VIP
                    ? r.withVipService(s.name(), s.vips().get(net), ips)
                    : r.withDnsrrService(s.name(), ips);
        }
        return r;
    }
}
